## Strategibot på norsk bokmål. Hver nøkkel finnes også i en/strategibot.ftl,
## med de samme plassholderne. Teksten er Telegram-HTML: bruk bare <b>, <i> og
## lignende, og skriv aldri & alene.

## Fremdrift og deler

progress = <b>Del { $part } av { $total }: { $title }</b>
part-purpose = Deg og formålet ditt
part-reader = Leseren din
part-goals = Målene dine
part-channels = Der sosiale medier hjelper
part-results = Lytt og se på resultatene

## Velkommen, hjelp og pause

welcome =
    👋 Hei! Jeg er Strategibot. Jeg hjelper deg å lage en strategi for sosiale medier, ett spørsmål om gangen.

    Vi går gjennom fem deler: deg og formålet ditt, leseren din, målene dine, hvor sosiale medier kan hjelpe deg, og hvordan du følger med på resultatene. Alt du svarer blir lagret, så du kan ta pause når du vil og fortsette senere.

    Skriv /help når som helst for å se hva du kan gjøre underveis.
welcome-back = 👋 Velkommen tilbake! Alt du har svart er lagret. Her var vi:
welcome-back-finished = 👋 Velkommen tilbake! Strategien din er ferdig. Skriv /summary for å se den, /persona for personaene dine eller /edit for å endre et svar.
help =
    <b>Slik bruker du Strategibot</b>
    Svar på spørsmålene med tekst eller knappene. Underveis kan du bruke:
    /summary – se strategien så langt, og hva som mangler
    /persona – se personaene dine
    /back – gå til forrige spørsmål
    /skip – hopp over et spørsmål som er valgfritt
    /edit – endre et svar du har gitt
    /export – last ned strategien som PDF, Markdown eller JSON
    /language – bytt språk
    /cancel – lukk en meny, eller ta pause (ingenting går tapt)
    /restart – begynn helt på nytt
    .terminal =
        <b>Slik bruker du Strategibot</b>
        Skriv svaret og trykk Enter. Der det er valg, skriver du tallet foran valget, eller navnet på det. Underveis kan du bruke:
        /summary – se strategien så langt, og hva som mangler
        /persona – se personaene dine
        /back – gå til forrige spørsmål
        /skip – hopp over et spørsmål som er valgfritt
        /edit – endre et svar du har gitt
        /export – lagre strategien som PDF, Markdown eller JSON
        /language – bytt språk
        /cancel – lukk en meny, eller ta pause (ingenting går tapt)
        /restart – begynn helt på nytt
paused = ⏸ Vi tar en pause. Alt du har svart er lagret. Skriv /start eller send en melding når du vil fortsette.
group-chat-private = 👋 Hei! Jeg hjelper én person om gangen med strategien sin, og det gjør vi best på tomannshånd. Send meg en privat melding, så begynner vi.

## Spørsmål: deg og formålet ditt

q-topic = Hva blogger eller poster du om? Beskriv temaet med noen få ord, for eksempel «hagestell på Vestlandet» eller «lokalt bakeri i Trondheim».
q-passion = Hva brenner du for? Det du virkelig bryr deg om, er ofte grunnen til at leserne kommer tilbake.
q-purpose = Hva er hensikten med siden eller kontoen din?
opt-purpose-relations = Bygge relasjoner
opt-purpose-test_products = Teste produkter
opt-purpose-internal = Intern side for ansatte
opt-purpose-sell = Selge
opt-purpose-recruit = Rekruttere
opt-purpose-other = Noe annet
q-purpose_other = Fortell kort hva hensikten er.
q-why = Hvorfor vil du bruke sosiale medier? Vær ærlig: «fordi alle andre er der» er et svar, men ingen strategi.
q-achieve = Hva ønsker du å oppnå, og hva tror du at du kan få til?

## Spørsmål: leseren din

q-reader = Hvem er leseren din? Beskriv dem du egentlig skriver for.
q-reader_wants = Hva vil leserne dine lese om?
q-persona-name =
    Nå lager vi persona nummer { $number }: en oppdiktet person som står for leserne dine. Det beste rådet jeg vet, er å skrive til én person i stedet for til «alle».

    Hva heter personen? Et vanlig fornavn holder, for eksempel Kari eller Ahmed.
q-persona-age = Hvor gammel er { $name }? Skriv alderen som et tall.
q-persona-place = Hvor bor { $name }?
q-persona-occupation = Hva jobber { $name } med, eller hva gjør { $name } til daglig?
q-persona-hobbies = Hvilke hobbyer og interesser har { $name }?
q-persona-problems = Hvilke problemer eller utfordringer har { $name } som du kan hjelpe med?
q-persona-wants = Hva vil { $name } lese om? Tenk på hva som får { $name } til å stoppe opp og lese.
q-persona-channels = Hvor er { $name } på nett? Velg kanalene { $name } bruker.
opt-persona-channels-facebook = Facebook
opt-persona-channels-instagram = Instagram
opt-persona-channels-snapchat = Snapchat
opt-persona-channels-tiktok = TikTok
opt-persona-channels-linkedin = LinkedIn
opt-persona-channels-youtube = YouTube
opt-persona-channels-pinterest = Pinterest
opt-persona-channels-x = X (Twitter)
opt-persona-channels-blog = Blogger
opt-persona-channels-newsletter = Nyhetsbrev
q-persona-more = Vil du lage en persona til? Du kan ha opptil tre.
opt-yes = Ja
opt-no = Nei
persona-fallback-name = persona { $number }

## Spørsmål: målene dine

q-goal_types = Hva vil du oppnå med sosiale medier? Velg det som passer.
opt-goal_types-interest = Mer interesse for siden
opt-goal_types-engagement = Mer engasjement
opt-goal_types-readers = Flere lesere
opt-goal_types-other = Noe annet
q-goal_other = Hvilket annet mål har du?
q-goal-statement =
    Mål { $number }: <b>{ $name }</b>. Nå gjør vi det SMART: spesifikt, målbart, attraktivt (det betyr noe for deg), realistisk og tidsbestemt.

    Hva er målet, helt konkret? Skriv det som én setning, for eksempel «Få flere til å kommentere innleggene mine om kjøkkenhagen».
q-goal-metric = Hvilket tall vil du følge med på for å se om du når målet? Velg et av forslagene, eller skriv ditt eget.
q-goal-target = Hvilket tall vil du nå? Skriv for eksempel 500, 1 500 eller 20 %.
q-goal-baseline = Hvor ligger det tallet i dag? Et omtrentlig tall holder, for eksempel 200 eller 1,5k.
q-goal-deadline = Når vil du ha nådd målet? Skriv en dato, for eksempel «1. mars 2027», «om tre måneder» eller 2027-03-01.
q-goal-why = Hvorfor betyr dette målet noe for deg? Et mål du bryr deg om, er lettere å holde fast ved.
q-goal-hours = Hvor mange timer i uka har du til å jobbe mot dette målet?

## Spørsmål: der sosiale medier hjelper

q-areas =
    Sosiale medier kan hjelpe deg på fire områder (Rainer mfl., 2015). Hvilke er viktige for deg?

    • <b>Shopping</b>: Folk sjekker vurderinger og sosiale medier før de kjøper. Jo tidligere du blir synlig, desto større er sjansen for at du blir valgt.
    • <b>Markedsføring</b>: Gode produkter blir delt videre av fornøyde kunder (eWOM). Du kan engasjere kundene og vise hvem du er.
    • <b>CRM</b>: Kundeoppfølging. I sosiale medier merkes det fort om du ikke følger opp, men du kan også gi kundene noe ekstra, som et svar innen en time.
    • <b>HRM</b>: Rekruttering og opplæring. Mange får jobben sin via LinkedIn.
opt-areas-shopping = Shopping
opt-areas-marketing = Markedsføring
opt-areas-crm = CRM
opt-areas-hrm = HRM
q-channels = Hvilke kanaler vil du bruke?
opt-channels-facebook = Facebook
opt-channels-instagram = Instagram
opt-channels-snapchat = Snapchat
opt-channels-tiktok = TikTok
opt-channels-linkedin = LinkedIn
opt-channels-youtube = YouTube
opt-channels-pinterest = Pinterest
opt-channels-x = X (Twitter)
opt-channels-blog = Blogg
opt-channels-newsletter = Nyhetsbrev
opt-channels-other = Noe annet
q-channels_other = Hvilke andre kanaler vil du bruke?
q-frequency = Hvor ofte vil du poste?
opt-frequency-daily = Hver dag
opt-frequency-few_weekly = Noen ganger i uka
opt-frequency-weekly = Én gang i uka
opt-frequency-few_monthly = Et par ganger i måneden

## Spørsmål: lytt og se på resultatene

q-measures = Hva vil du måle?
opt-measures-reach = Rekkevidde
opt-measures-engagement = Engasjement
opt-measures-followers = Følgere
opt-measures-comments = Kommentarer og anmeldelser
opt-measures-clicks = Klikk til nettsiden
opt-measures-sales = Salg
opt-measures-other = Noe annet
q-measures_other = Hva annet vil du måle?
q-review = «Uansett hvor vakker strategien er, bør du av og til se på resultatene», sa Winston Churchill. Hvor ofte vil du se på tallene?
opt-review-weekly = Hver uke
opt-review-monthly = Hver måned
opt-review-quarterly = Hvert kvartal

## Korte navn på svarene (oppsummering og /edit)

label-topic = Tema
label-passion = Brenner for
label-purpose = Formål
label-purpose_other = Annet formål
label-why = Hvorfor sosiale medier
label-achieve = Vil oppnå
label-reader = Leseren
label-reader_wants = Leserne vil lese om
label-persona-name = Navn
label-persona-age = Alder
label-persona-place = Bosted
label-persona-occupation = Jobb
label-persona-hobbies = Hobbyer
label-persona-problems = Utfordringer
label-persona-more = En persona til
label-goal_types = Måltyper
label-goal_other = Annet mål
label-goal-statement = Mål
label-goal-metric = Måles i
label-goal-target = Måltall
label-goal-deadline = Frist
label-areas = Områder
label-channels = Kanaler
label-channels_other = Andre kanaler
label-frequency = Hvor ofte du poster
label-measures = Måler
label-measures_other = Måler også
label-review = Ser på tallene

## Hvorfor et spørsmål ikke kan hoppes over

why-topic = Temaet er grunnmuren. Uten det kan jeg ikke hjelpe deg med leserne, målene eller kanalene.
why-passion = Det du brenner for, smitter over på leserne, og det gjør at du holder ut over tid.
why-purpose = Uten et klart formål blir det fort tilfeldige innlegg. Formålet hjelper deg å prioritere.
why-purpose_other = Jeg må vite hva formålet er for å gi råd som passer deg.
why-why = Å vite hvorfor du er i sosiale medier, er en av de to viktigste tingene i en strategi.
why-achieve = Den andre er å vite hva du vil oppnå. Ellers vet du ikke om det du gjør, virker.
why-reader = Du kan ikke nå alle. Når du vet hvem leseren er, treffer du noen.
why-reader_wants = Når du vet hva leserne vil lese, er det lettere å lage innhold som faktisk blir lest.
why-persona-name = Med et navn blir personaen en du skriver til, ikke bare en målgruppe.
why-persona-age = Alderen sier mye om hvilke kanaler personaen bruker.
why-persona-place = Hvor personaen bor, hjelper deg å treffe med tema, språk og tidspunkt.
why-persona-problems = Det du kan hjelpe personaen med, er grunnen til at hen vil lese det du skriver.
why-persona-more = Svar ja eller nei, så vet jeg om vi skal lage en persona til.
why-goal_types = Målene avgjør hva du bør måle og hva du bør satse på.
why-goal_other = Jeg må vite hva målet er for å gjøre det SMART.
why-goal-statement = Et spesifikt mål er lettere å jobbe mot enn «bli mer synlig».
why-goal-metric = Uten et tall å følge med på vet du ikke om du når målet.
why-goal-target = Et måltall gjør målet målbart, så du ser når du er i mål.
why-goal-deadline = Et mål uten frist blir lett skjøvet på. Tidsbestemt er T-en i SMART.
why-areas = Områdene viser hvor sosiale medier kan gjøre mest for deg.
why-channels = Du trenger minst én kanal å være i.
why-channels_other = Jeg må vite hvilken kanal det er for å ta den med i planen.
why-frequency = En plan trenger en rytme, og hvor ofte du poster, er en del av den.
why-measures = Uten målinger vet du ikke om strategien virker.
why-measures_other = Jeg må vite hva du vil måle for å ta det med i planen.
why-review = Når du ser på resultatene jevnlig, kan du endre kurs i tide.

## Svar, feil og bekreftelser

current-answer = Svaret ditt nå: <i>{ $answer }</i>
hint-multi = Trykk på alt som passer, og trykk <b>Ferdig</b> når du er klar.
    .terminal = Skriv tallene foran alt som passer, for eksempel 1, 3. Du kan også velge ett om gangen og skrive tallet for <b>Ferdig</b> til slutt.
hint-optional = Dette spørsmålet kan du hoppe over med /skip.
button-done = Ferdig ✔
error-empty = Jeg fikk ikke med meg noe svar. Kan du prøve igjen?
error-too-long = Det ble litt langt: svaret kan være på høyst { $limit } tegn, og ditt var på { $length }. Kan du korte det ned?
error-not-whole-number = Her trenger jeg et helt tall, for eksempel { $example }.
error-out-of-range = Tallet må være mellom { $minimum } og { $maximum }.
error-not-a-date = Den datoen skjønte jeg ikke. Prøv for eksempel «1. mars 2027», «om tre måneder», «uke 12» eller «til påske».
error-date-in-past = Den datoen er passert. Fristen må ligge fram i tid.
option-unknown = Jeg fant ikke «{ $typed }» blant valgene. Trykk på et av dem, eller skriv det slik det står.
    .terminal = Jeg fant ikke «{ $typed }» blant valgene. Skriv tallet foran et av dem, eller navnet slik det står.
option-unknown-other = Jeg fant ikke «{ $typed }» blant valgene. Står det ikke der, kan du velge «Noe annet» og skrive det med egne ord.
option-which = Mente du { $options }? «{ $typed }» passer på mer enn ett av valgene.
ack-picked = ✅ Notert: { $options }.
ticked-so-far = Valgt så langt: { $options }.
    .terminal = Valgt så langt: { $options }. Velg flere, eller skriv { $done } når du er ferdig.
ticked-none = Ingenting er valgt nå.
    .terminal = Ingenting er valgt nå. Skriv tallet foran det som passer, og { $done } når du er ferdig.
error-not-text =
    Jeg kan dessverre ikke lese { $kind ->
        [photo] bilder
        [sticker] klistremerker
        [voice] talemeldinger
        [video] videoer
        [location] posisjoner
        [document] filer
       *[other] den typen meldinger
    }. Svar med tekst eller knappene, så går vi videre.
error-edited = Jeg ser at du endret en melding, men endringer i gamle meldinger blir ikke lagret. Bruk /edit hvis du vil endre et svar.
error-pick-one = Velg minst ett alternativ først.
ack-date = 📅 Notert: { $date }. Stemmer ikke det? Skriv /back, så kan du rette det.
ack-changed = ✏️ Endret.
ack-skipped = Greit, vi hopper over det.
stale-button = Den knappen hører til et tidligere spørsmål.
unknown-command = Kommandoen /{ $command } kjenner jeg ikke. Skriv /help for å se hva du kan gjøre.
back-at-start = Dette er det første spørsmålet, så lenger tilbake kommer vi ikke.
skip-required = Dette spørsmålet kan ikke hoppes over. { $why }
no-personas = Du har ikke laget noen persona ennå. Det gjør vi i del 2.

## Endre, begynne på nytt og språk

edit-nothing = Du har ikke svart på noe ennå, så det er ingenting å endre.
edit-part-label = { $number }. { $title }
    .terminal = { $title }
edit-choose-part = Hvilken del vil du endre noe i?
edit-choose-question = <b>{ $part }</b>: Hvilket svar vil du endre?
button-edit-back = ⬅️ Tilbake
restart-nothing = Du har ikke svart på noe ennå, så det er ingenting å begynne på nytt med.
restart-confirm = Vil du virkelig begynne på nytt? Alle svarene dine blir slettet.
button-restart-yes = Ja, begynn på nytt
button-restart-no = Nei, behold svarene
restart-kept = Greit, alt er som før.
restart-done = Alle svarene er slettet, og vi begynner på nytt.
language-choose = Hvilket språk vil du bruke? / Which language would you like?
language-nb = Norsk (bokmål)
language-en = English
language-set = Greit, nå snakker vi norsk.

## Menyer

menu-pick-one = Velg et av alternativene, eller skriv /cancel for å gå tilbake.
    .terminal = Skriv tallet foran et av valgene, eller /cancel for å gå tilbake.
menu-closed = Greit, da lar vi det ligge. Her var vi:
name-check = Bare for å være sikker: heter personaen { $suggestion }? Du skrev «{ $typed }», og det ser ut som mer enn et navn.
button-name-yes = Ja, { $name }
button-name-no = Nei, bruk «{ $name }»
quoted = «{ $text }»
or = eller

## Ferdig

done-intro = 🎉 Da er vi i mål! Her er strategien din. Personakortene og hele planen som PDF kommer rett etter.
done-outro = Alt er lagret. Skriv /summary når som helst for å se strategien igjen, /persona for personaene eller /edit for å endre et svar.
finished-hint = Strategien din er ferdig! Skriv /summary for å se den, /persona for personaene, /edit for å endre et svar eller /restart for å begynne på nytt.
finished-updated = Strategien din er oppdatert. Skriv /summary for å se den.

## Oppsummering og personakort

summary-title = <b>📋 Strategien din for sosiale medier</b>
summary-persona = Persona { $number }
summary-missing-title = <b>Dette mangler fortsatt</b>
summary-missing-how = Skriv /start for å fortsette der du slapp.
summary-goal = Mål { $number }: { $name }
card-heading = <b>👤 { $name }</b>
card-heading-age = <b>👤 { $name }, { $age } år</b>
card-place = 📍 Bor
card-occupation = 💼 Jobb
card-hobbies = 🎨 Hobbyer
card-problems = 🧩 Du kan hjelpe med
card-write-to = ✍️ Skriv til { $name }, ikke til «alle».
and = og

## Råd

advice-title = <b>💡 Noen råd på veien</b>
advice-write-to = Skriv til { $names }, ikke til «alle». Det går rett og slett ikke an å nå alle.
advice-make-persona = Lag minst én persona med navn, og skriv direkte til henne eller ham.
advice-purpose = Du har et formål. Prioriter innleggene som støtter det, og dropp resten: ingen trenger å vite hvor du spiser lunsj.
advice-find-purpose = Finn ut hva hensikten med siden er før du poster mer. Uten formål er det vanskelig å prioritere.
advice-results = Se på tallene { $review }. «Uansett hvor vakker strategien er, bør du av og til se på resultatene.»
advice-metrics = Bestem deg for noen få tall du vil følge med på, og se på dem jevnlig.
advice-listen = Sosiale medier er mindre forutsigbare enn et ERP-system. Lytt til leserne, lær av erfaringene og vær klar til å endre kurs.
advice-human = Vær menneskelig. Skriv med lidenskap om det du brenner for, så vekker du følelser hos leserne.
advice-plan = Lag en plan: du vil poste { $frequency }. Sett av faste tider i kalenderen.
advice-make-plan = Lag en plan: bestem hvor ofte du skal poste, og sett det i kalenderen.

## Kommandomenyen i Telegram

cmd-start = Start eller fortsett intervjuet
cmd-help = Slik bruker du boten
cmd-summary = Se strategien så langt
cmd-persona = Se personaene dine
cmd-back = Gå til forrige spørsmål
cmd-skip = Hopp over et valgfritt spørsmål
cmd-edit = Endre et svar
cmd-restart = Begynn på nytt
cmd-language = Bytt språk
cmd-cancel = Ta pause

## Feil hos oss

error-internal = Beklager, noe gikk galt hos meg. Svarene du har gitt er trygge. Prøv igjen om litt, eller skriv /start for å se hvor vi er.

## Eksport

export-pdf = 📄 Her er strategien din som PDF, klar til å skrive ut eller dele. Vil du heller ha den som Markdown eller JSON?
export-markdown = 📝 Her er strategien din som Markdown, klar til å lime inn i din egen plan.
export-json = 🗂 Her er strategien din som JSON. Den kan lastes inn igjen på en annen maskin.
export-nothing = Du har ikke svart på noe ennå, så det er ingenting å eksportere.
export-choose = Vil du ha strategien som Markdown eller JSON?
button-export-markdown = Markdown
button-export-json = JSON
cmd-export = Last ned strategien som PDF

## Personas and goals (coaching)

opt-goal-metric-reach = Rekkevidde
opt-goal-metric-page_views = Sidevisninger
opt-goal-metric-followers = Følgere
opt-goal-metric-comments = Kommentarer
opt-goal-metric-shares = Delinger
opt-goal-metric-reviews = Anmeldelser
opt-goal-metric-engagement_rate = Engasjementsrate
opt-goal-metric-subscribers = Abonnenter
opt-goal-metric-returning_readers = Faste lesere
label-goal-baseline = I dag
label-goal-why = Hvorfor det betyr noe
label-goal-hours = Timer i uka
label-goal-type = Måltype
label-persona-wants = Vil lese om
label-persona-channels = Er på nett
why-persona-wants = Når du vet hva personaen vil lese, vet du hva du skal skrive.
why-persona-channels = Du må være der personaen er, ellers ser hen deg aldri.
card-wants = 📖 Vil lese om
card-channels = 📱 Er på
goal-fallback-name = mål { $number }

card-write-to-both = ✍️ Skriv til { $name } som om dere satt ved samme bord: snakk om { $wants }, og vis hvordan du kan hjelpe med { $problems }.
card-write-to-problems = ✍️ Skriv til { $name } som om du svarer på et spørsmål om { $problems }.
card-write-to-wants = ✍️ Skriv til { $name } som om dere satt ved samme bord og snakket om { $wants }.

## Fjerne en persona

button-remove-persona = 🗑 Fjern { $name }
button-remove-yes = Ja, fjern { $name }
button-remove-no = Nei, behold
remove-persona-confirm = Vil du fjerne { $name }? Alt du har skrevet om { $name } blir slettet.
remove-persona-kept = Greit, ingen personaer er fjernet.
remove-persona-done = 🗑 { $name } er fjernet.

## Oppsummeringens deler

summary-section-purpose = <b>🧭 Formål og hvorfor</b>
summary-section-readers = <b>👥 Leserne og personaene dine</b>
summary-section-goals = <b>🎯 Målene dine</b>
summary-section-channels = <b>📣 Områder, kanaler og plan</b>
summary-section-results = <b>📊 Dette måler du, og når du ser på det</b>
summary-goal-heading = <i>Mål { $number }: { $name }</i>
summary-goal-smart = • SMART: { $letters }
advice-set-deadline = Sett en frist på hvert mål. Et mål uten dato blir lett skjøvet på i det uendelige.
advice-note-baseline = Skriv ned hvor tallene står i dag, så ser du senere hvor langt du har kommet.
