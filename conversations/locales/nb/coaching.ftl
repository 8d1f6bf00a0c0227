## Strategibot på bokmål: råd om kanaler, planen og områdene. Hver nøkkel finnes
## også i en/coaching.ftl, med de samme plassholderne. Teksten er Telegram-HTML:
## bruk bare <b> og <i>, og skriv aldri & alene. Mellom tall og % står et hardt
## mellomrom, så de ikke havner på hver sin linje.

## Kanalene

coach-channel-facebook = Facebook
coach-channel-instagram = Instagram
coach-channel-snapchat = Snapchat
coach-channel-tiktok = TikTok
coach-channel-linkedin = LinkedIn
coach-channel-youtube = YouTube
coach-channel-pinterest = Pinterest
coach-channel-x = X (Twitter)
coach-channel-blog = Blogg
coach-channel-newsletter = Nyhetsbrev
coach-channel-other = Annen kanal
coach-channel-blog-in-text = bloggen din
coach-channel-newsletter-in-text = et nyhetsbrev
coach-and = og

## Hvorfor en kanal passer (kilden og året står i parentes)

coach-reason-daily = { $percent } % av nordmenn over 18 år bruker { $channel } hver dag ({ $source }).
coach-reason-reach = { $channel } når mange: { $percent } % av nordmenn over 18 år har profil der ({ $source }).
coach-reason-age = Blant { $from }–{ $to }-åringer, som { $names }, bruker { $percent } % { $channel } hver dag ({ $source }).
coach-reason-age-over = Blant folk på { $from } år og eldre, som { $names }, bruker { $percent } % { $channel } hver dag ({ $source }).
coach-reason-age-few = Bare { $percent } % av { $from }–{ $to }-åringer bruker { $channel } hver dag ({ $source }), så { $names } treffer du neppe der.
coach-reason-age-few-over = Bare { $percent } % av folk på { $from } år og eldre bruker { $channel } hver dag ({ $source }), så { $names } treffer du neppe der.
coach-reason-persona-online = Du har sagt at { $names } er på { $channel }.
coach-reason-persona-blogs = Du har sagt at { $names } leser blogger.
coach-reason-persona-newsletters = Du har sagt at { $names } leser nyhetsbrev.
coach-reason-sell = Mange ser på produkter og anbefalinger på { $channel } før de kjøper. Jo tidligere du er synlig der, desto større er sjansen for at du blir valgt.
coach-reason-sell-women = Folk bruker { $channel } til å finne ideer og ting å kjøpe. { $percent } % av brukerne er kvinner ({ $source }), så kanalen passer best hvis kundene dine også er det.
coach-reason-test = På { $channel } kan du vise fram et produkt og få raske reaksjoner i kommentarer og avstemninger.
coach-reason-relations = På { $channel } kan du snakke med folk i kommentarer og meldinger, og det er slik relasjoner bygges.
coach-reason-recruit = Her ser folk etter jobb og nye kolleger. Rundt { $millions } millioner nordmenn har profil på { $channel } ({ $source }).
coach-reason-recruit-plain = På { $channel } ser folk etter jobb og nye kolleger.
coach-reason-internal = En lukket gruppe på { $channel } egner seg for en intern side: bare de du inviterer, ser innleggene. Har dere allerede et internt verktøy, som Teams eller Slack, kan det være enda enklere å bruke det.
coach-reason-internal-public = En intern side hører ikke hjemme på { $channel }, som er laget for å nå ut til alle.
coach-reason-newsletter-internal = Et internt nyhetsbrev er en enkel måte å holde alle de ansatte oppdatert på.
coach-reason-comments = Folk kommenterer, deler og svarer hverandre på { $channel }, så her er det lettere å få engasjement.
coach-reason-blog = På bloggen eier du innholdet selv, og innleggene kan bli funnet i søk lenge etter at du publiserte dem.
coach-reason-newsletter = Et nyhetsbrev havner rett i innboksen og får leserne til å komme tilbake, uten at en algoritme bestemmer hvem som ser det.

## Anbefalte kanaler

coach-recs-title = <b>📊 Kanalene som passer best for deg</b>
coach-recs-intro = { $percent } % av befolkningen bruker sosiale medier en vanlig dag ({ $source }). Det som betyr noe, er hvor leserne dine er:
coach-recs-channel = <b>{ $rank }. { $channel }</b>
coach-recs-reason = • { $reason }
coach-recs-note = <i>Tallene gjelder Norge. Ipsos måler nordmenn over 18 år og har ikke publisert tallene åpent siden 4. kvartal 2023, så noen av dem er noen år gamle. SSB måler hele befolkningen fra 9 år.</i>

## Råd om å begynne med få kanaler (Buffer)

coach-focus =
    🎯 <b>Begynn med én eller to kanaler</b>
    Du har valgt { $count } kanaler. Ifølge Buffer lykkes de fleste innholdsskapere og små bedrifter bedre på én eller to plattformer enn på mange. Begynn med { $first } og { $second }, og få dem til å fungere før du legger til flere.
coach-focus-one =
    🎯 <b>Begynn med én kanal</b>
    Du har valgt { $count } kanaler. Ifølge Buffer lykkes de fleste innholdsskapere og små bedrifter bedre på én eller to plattformer enn på mange. Begynn med { $first }, og få den til å fungere før du legger til flere.
coach-focus-why = • <b>{ $channel }</b>: { $reason }

## Planen

coach-plan-title = <b>🗓 Planen din</b>
coach-plan-channels-title = <b>Hvor ofte du poster</b>
coach-plan-suggested = Du har ikke valgt kanaler ennå, så her er et forslag ut fra svarene dine:
coach-plan-per-week =
    • { $channel }: { $posts ->
        [one] ett innlegg
       *[other] { $posts } innlegg
    } i uka
coach-plan-per-month =
    • { $channel }: { $posts ->
        [one] ett innlegg
       *[other] { $posts } innlegg
    } i måneden
coach-plan-hours-estimate =
    Det tar omtrent { $needed ->
        [one] én time
       *[other] { $needed } timer
    } i uka.
coach-plan-hours =
    Det tar omtrent { $needed ->
        [one] én time
       *[other] { $needed } timer
    } i uka, og du har satt av { $hours ->
        [one] én time
       *[other] { $hours } timer
    }.
coach-plan-hours-over =
    Selv med så få innlegg tar det omtrent { $needed ->
        [one] én time
       *[other] { $needed } timer
    } i uka, mer enn { $hours ->
        [one] den ene timen
       *[other] de { $hours } timene
    } du har satt av. Vurder å kutte en kanal.
coach-plan-below-range = Noen kanaler får færre innlegg enn de trenger for å holde seg synlige. Da er det bedre å satse på færre kanaler og gjøre en skikkelig jobb der.
coach-plan-pillars-title = <b>Dine faste temaer</b>: det du kommer tilbake til igjen og igjen
coach-plan-pillar = • { $pillar }
coach-pillar-topic = Tips og kunnskap: { $words }
coach-pillar-passion = Det du brenner for: { $words }
coach-pillar-reader-wants = Det leserne vil lese: { $words }
coach-pillar-problem = Hjelp til { $name }: { $words }
coach-pillar-problem-anonymous = Hjelp med: { $words }
coach-pillar-wants = Det { $name } vil lese: { $words }
coach-pillar-wants-anonymous = Det personaen vil lese: { $words }
coach-pillar-behind = Bak kulissene: hvem du er og hvordan du jobber
coach-pillar-questions = Svar på spørsmål fra leserne
coach-pillar-offers = Nyheter og tilbud
coach-pillar-stories = Historier fra hverdagen: kunder, lesere og det du lærer underveis
coach-plan-review-title = <b>Når du ser på resultatene</b>
coach-plan-review-weekly = Se på tallene hver uke, første gang { $date }.
coach-plan-review-monthly = Se på tallene hver måned, første gang { $date }.
coach-plan-review-quarterly = Se på tallene hvert kvartal, første gang { $date }.
coach-plan-review-none = Bestem deg for hvor ofte du vil se på tallene, for eksempel én gang i måneden.
coach-plan-halfway = • { $date }: halvveis til fristen for «{ $goal }». Er du i rute, eller må du justere kursen?
coach-plan-deadline = • { $date }: fristen for «{ $goal }». Nådde du målet? Se hva som virket, og sett deg et nytt mål.
coach-goal-type-interest = Mer interesse for siden
coach-goal-type-engagement = Mer engasjement
coach-goal-type-readers = Flere lesere
coach-goal-type-other = Et eget mål
coach-goal-type-unknown = Målet ditt

## Områdene der sosiale medier hjelper (Rainer mfl., 2015)

coach-areas-title = <b>🧭 Tips for områdene du valgte</b>
coach-area-name-shopping = Shopping
coach-area-name-marketing = Markedsføring
coach-area-name-crm = CRM
coach-area-name-hrm = HRM
coach-area-line = • <b>{ $area }</b>: { $tip }
coach-area-shopping = Folk kombinerer netthandel og butikk, og mange sjekker vurderinger og sosiale medier før de kjøper. Vær synlig tidlig i den prosessen, og svar på spørsmål om det du tilbyr eller anbefaler.
coach-area-shopping-sell = Mange leser vurderinger og sjekker sosiale medier før de bestemmer seg, og jo tidligere du er synlig, desto større er sjansen for at du blir valgt. Vis fram produktene der kundene leter, og be fornøyde kunder om en anmeldelse.
coach-area-shopping-test = Når du tester produkter, be testerne om å gi vurderinger og tilbakemeldinger åpent. Ærlige anmeldelser hjelper andre som skal bestemme seg, og gjør deg synlig tidlig i kjøpsprosessen.
coach-area-marketing = Bruk sosiale medier til å vise hvem du er og hva du står for, ikke bare til reklame. Engasjer leserne, så sprer de det videre til andre (eWOM).
coach-area-marketing-sell = Før handlet markedsføring mest om annonser i massemedier. Nå kan fornøyde kunder spre budskapet for deg (eWOM): del anmeldelsene og bildene deres, med lov, og svar når de nevner deg.
coach-area-marketing-engagement = Still spørsmål og be om meninger. Lesere som engasjerer seg, sprer det videre til venner og følgere (eWOM), og det er verdt mer enn en annonse.
coach-area-marketing-reach = Lag innhold som er verdt å dele. Gode innlegg blir spredt videre av fornøyde lesere (eWOM), og slik når du folk du ellers ikke ville nådd.
coach-area-crm = Sett deg som mål å svare innen en time. I sosiale medier merkes det fort om du ikke følger opp, men du kan også gi leserne og kundene noe ekstra.
coach-area-crm-sell = Svar raskt på spørsmål og klager, helst innen en time. I sosiale medier merkes det fort om du ikke følger opp kundene, men et raskt og hyggelig svar blir også lagt merke til.
coach-area-crm-relations = Følg opp dem som kommenterer og skriver til deg, og gi dem noe ekstra: et svar innen en time, et tips eller en takk. Det er slik relasjoner bygges.
coach-area-hrm = Sosiale medier kan brukes både til rekruttering og opplæring. Hold bedriftsprofilen på LinkedIn oppdatert, også når dere ikke ansetter: mange finner jobb der.
coach-area-hrm-recruit = Legg ut stillinger og vis fram arbeidsplassen på LinkedIn, der mange finner jobben sin. Be de ansatte dele innleggene, så når du folk i nettverkene deres.
coach-area-hrm-internal = Bruk den interne siden til opplæring og til å dele kunnskap på tvers. Gi gjerne rom for anonyme tilbakemeldinger: mange vil ikke si meningen sin offentlig.
