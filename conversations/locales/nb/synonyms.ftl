# Hva folk også skriver for et valg i stedet for å trykke på knappen.
# Nøkkelen er knappens nøkkel med «syn-» foran; ordene skilles med komma.
# Store og små bokstaver, tegnsetting og emoji spiller ingen rolle.

syn-everything = alle, alt, alle sammen, alle disse, hele lista, hele listen, samtlige

syn-opt-yes = ja, jepp, japp, jada, jo, ja takk, stemmer, riktig, gjerne
syn-opt-no = nei, nope, nei takk, neppe, ikke nå

syn-button-done = ferdig, det var alt, det er alt, det var det, det er det, videre, neste
syn-button-edit-back = tilbake, tilbake til listen, tilbake til lista
syn-button-restart-yes = ja, jepp, begynn på nytt, start på nytt, slett alt, nullstill
syn-button-restart-no = nei, behold, behold svarene, avbryt, angre
syn-button-name-yes = ja, jepp, stemmer, riktig
syn-button-name-no = nei, behold det jeg skrev, bruk det jeg skrev
syn-button-remove-persona = fjern, slett
syn-button-remove-yes = ja, jepp, fjern, slett
syn-button-remove-no = nei, behold, avbryt
syn-button-export-markdown = md, tekstfil, ren tekst
syn-button-export-json = data, datafil

syn-language-nb = norsk, bokmål, nb, på norsk
syn-language-en = engelsk, eng, en, på engelsk

syn-opt-purpose-relations = relasjoner, kundeforhold, bygge relasjoner, nettverk
syn-opt-purpose-test_products = teste, test, produkttest
syn-opt-purpose-internal = intern, internt, ansatte, for ansatte
syn-opt-purpose-sell = salg, selge mer, selge produkter
syn-opt-purpose-recruit = rekruttering, ansette, nye ansatte
syn-opt-purpose-other = annet, noe annet, andre ting

syn-opt-persona-channels-facebook = fb, face, fjesboka
syn-opt-persona-channels-instagram = insta, ig
syn-opt-persona-channels-snapchat = snap
syn-opt-persona-channels-tiktok = tik tok
syn-opt-persona-channels-linkedin = linked in
syn-opt-persona-channels-youtube = yt, you tube
syn-opt-persona-channels-pinterest = pin
syn-opt-persona-channels-x = twitter, x
syn-opt-persona-channels-blog = blogg, blogging, blogger
syn-opt-persona-channels-newsletter = nyhetsbrev, e-post, epost

syn-opt-goal_types-interest = interesse, synlighet, mer interesse
syn-opt-goal_types-engagement = engasjement, likes
syn-opt-goal_types-readers = lesere, flere lesere, følgere
syn-opt-goal_types-other = annet, noe annet

syn-opt-areas-shopping = netthandel, handel, nettbutikk
syn-opt-areas-marketing = markedsføring, reklame
syn-opt-areas-crm = kunder, kundeoppfølging, kundebehandling
syn-opt-areas-hrm = personal, hr, personalarbeid

syn-opt-channels-facebook = fb, face, fjesboka
syn-opt-channels-instagram = insta, ig
syn-opt-channels-snapchat = snap
syn-opt-channels-tiktok = tik tok
syn-opt-channels-linkedin = linked in
syn-opt-channels-youtube = yt, you tube
syn-opt-channels-pinterest = pin
syn-opt-channels-x = twitter, x
syn-opt-channels-blog = blogg, blogging, blogger
syn-opt-channels-newsletter = nyhetsbrev, e-post, epost
syn-opt-channels-other = annet, noe annet, andre

syn-opt-frequency-daily = daglig, hver dag
syn-opt-frequency-few_weekly = flere ganger i uka, noen ganger i uken, flere ganger i uken, et par ganger i uka
syn-opt-frequency-weekly = ukentlig, en gang i uka, en gang i uken, én gang i uken, hver uke
syn-opt-frequency-few_monthly = et par ganger i måneden, noen ganger i måneden, et par ganger i mnd

syn-opt-measures-reach = rekkevidde, visninger
syn-opt-measures-engagement = engasjement, likes
syn-opt-measures-followers = følgere
syn-opt-measures-comments = kommentarer, anmeldelser
syn-opt-measures-clicks = klikk, klikk til nettsiden, trafikk, besøk
syn-opt-measures-sales = salg, omsetning
syn-opt-measures-other = annet, noe annet

syn-opt-review-weekly = ukentlig, hver uke
syn-opt-review-monthly = månedlig, hver måned, hver mnd, en gang i måneden
syn-opt-review-quarterly = kvartalsvis, hvert kvartal, hver tredje måned

syn-opt-goal-metric-reach = rekkevidde
syn-opt-goal-metric-page_views = sidevisninger, visninger
syn-opt-goal-metric-followers = følgere
syn-opt-goal-metric-comments = kommentarer
syn-opt-goal-metric-shares = delinger, deling
syn-opt-goal-metric-reviews = anmeldelser, omtaler
syn-opt-goal-metric-engagement_rate = engasjement
syn-opt-goal-metric-subscribers = abonnenter
syn-opt-goal-metric-returning_readers = faste lesere, gjengangere
