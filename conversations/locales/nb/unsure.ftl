## Når svaret er «vet ikke»: hjelp til hvert spørsmål (unsure-<tekst-id>).
## Spørsmål i en persona eller et mål kan bruke { $name } og { $number }.

unsure-topic = Det går fint å begynne enkelt. Hva skriver eller poster du oftest om? Et par ord holder, for eksempel «strikking» eller «turer i Nordmarka».
unsure-passion = Tenk på noe du kunne snakket om i timevis, eller som du gjerne bruker fritiden på. For eksempel: «Jeg elsker å finne gamle oppskrifter og prøve dem ut.»
unsure-purpose = Velg det som ligger nærmest, det trenger ikke passe perfekt. Du kan endre det senere med /edit.
unsure-purpose_other = Tenk på hva du håper kontoen skal gi deg. For eksempel: «Vise fram arbeidet mitt, så jeg får flere oppdrag.»
unsure-why = Et ærlig svar er bedre enn et fint. Det kan være så enkelt som: «Kundene mine er på Instagram, og jeg vil at de skal finne meg der.»
unsure-achieve = Tenk deg at det har gått et år, og at alt har gått bra. Hva har skjedd? For eksempel «Jeg har 1 000 faste lesere» eller «Jeg får to nye kunder i måneden».
unsure-reader = Tenk på én person som leser det du skriver, eller som du skulle ønske gjorde det. Hvem er det? For eksempel «småbarnsforeldre som vil lage sunn mat på kort tid».
unsure-reader_wants = Hva spør folk deg om? Ofte er det nettopp det leserne vil lese om. For eksempel «enkle tips de kan prøve samme dag».

unsure-persona-name = Personaen er oppdiktet, så det finnes ikke noe feil navn. Velg et vanlig fornavn, for eksempel Kari, Ahmed eller Ingrid.
unsure-persona-age = En omtrentlig alder holder. Tenk på livsfasen: er { $name } student, småbarnsforelder eller pensjonist? Skriv for eksempel 35.
unsure-persona-place = Gjett gjerne. Det holder med en by, en landsdel eller bare «på landet», for eksempel Bergen eller Nord-Norge.
unsure-persona-occupation = Det er helt greit å skrive /skip. Vil du gjette, holder noe grovt, for eksempel «student» eller «jobber i butikk». Da blir det lettere å se for seg hverdagen til { $name }.
unsure-persona-hobbies = Det er helt greit å skrive /skip. En gjetning holder også, for eksempel «trening og serier». Da kan jeg foreslå innhold som treffer { $name }.
unsure-persona-problems = Tenk på hva som stresser eller irriterer { $name } i hverdagen, og som du kan noe om. For eksempel «har dårlig tid til å lage middag».
unsure-persona-wants = Hva ville fått { $name } til å lagre eller dele et innlegg? For eksempel «raske oppskrifter med få ingredienser».
unsure-persona-channels = Velg kanalene du tror { $name } bruker mest. En god gjetning holder, og du kan endre det senere med /edit.
unsure-persona-more = Én persona holder fint i starten, så svar gjerne nei. Har du en helt annen type leser i tankene, svar ja.

unsure-goal_types = Velg det målet som betyr mest for deg akkurat nå. Du kan endre det senere med /edit.
unsure-goal_other = Skriv målet med dine egne ord, så gjør vi det konkret sammen etterpå. For eksempel «få flere påmeldte til kursene mine».
unsure-goal-statement = Begynn med det du vil ha mer av. For «{ $name }» kan det være: «Få flere til å kommentere innleggene mine.» Vi spisser det sammen etterpå.
unsure-goal-metric = Velg tallet som best viser om du nærmer deg målet. Er du i tvil, ta det første forslaget. Du kan endre det senere med /edit.
unsure-goal-baseline = Et grovt anslag holder, for eksempel 200. Da kan jeg si om målet er realistisk. Eller skriv /skip.
unsure-goal-target = Ta utgangspunkt i der du er i dag, og legg til litt. Har du 200 nå, kan 300 være et godt mål. Skriv for eksempel 300 eller 20 %.
unsure-goal-deadline = Velg en frist som er langt nok unna til at du rekker det, men nær nok til at du kommer i gang. Tre måneder er ofte passe: skriv «om tre måneder».
unsure-goal-why = Du kan hoppe over dette med /skip. Men tenk gjerne på hva som blir bedre når du når målet, for eksempel «da får jeg flere kunder».
unsure-goal-hours = Et grovt anslag holder, for eksempel 2 timer i uka. Da kan jeg si om tempoet er realistisk. Eller skriv /skip.

unsure-areas = Er du usikker, er markedsføring et godt sted å begynne: det handler om å vise fram det du gjør. Velg det, så kan du legge til flere senere.
unsure-channels = Begynn med én eller to kanaler der leserne dine allerede er. Er du i tvil, er Facebook og Instagram trygge valg.
unsure-channels_other = Skriv navnet på kanalen, for eksempel «Threads» eller «et Discord-fellesskap».
unsure-frequency = Det er viktigere å poste jevnt enn å poste mye. Er du i tvil, velg én gang i uka; det er lett å holde.
unsure-measures = Velg det som henger tettest sammen med målene dine. Er du i tvil, er rekkevidde og engasjement et godt sted å begynne.
unsure-measures_other = Skriv hva du vil følge med på, for eksempel «antall påmeldte til nyhetsbrevet».
unsure-review = Hver måned passer for de fleste: ofte nok til å se hva som virker, og sjelden nok til at tallene betyr noe.
