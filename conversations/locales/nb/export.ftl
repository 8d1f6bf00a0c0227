## Filene Strategibot lager: personakort (PNG), strategien som PDF, Markdown og
## JSON, og det terminalchatten og strategibot export skriver om dem. Tekstene
## står som ren tekst i filene, men de må likevel være gyldig Telegram-HTML, så
## skriv aldri & alene. Hver nøkkel finnes også i en/export.ftl, med de samme
## plassholderne.

## Filnavn (uten dato og endelse, helst uten æ, ø og å)

export-filename-strategy = strategi
export-filename-persona = persona

## Strategien (PDF og Markdown)

export-title = Strategi for sosiale medier
export-topic = Tema
export-made = Laget { $date } med Strategibot
export-draft = Dette er et utkast. Intervjuet er ikke ferdig ennå, så noen deler mangler.
export-contents = Innhold
export-personas = Personaer
export-goals = SMART-mål
export-advice = Råd på veien
export-other-answers = Andre svar
export-not-answered = Ikke svart ennå
export-goal-title = Mål { $number }: { $name }
export-goal-met = På plass
export-goal-not-met = Mangler
export-page = Side { $number } av { $total }

## Personakortet (PNG)

export-persona-age = { $age } år
export-card-problems = Utfordringer
export-card-wants = Vil lese om
export-card-hobbies = Hobbyer og interesser
export-card-channels = Finnes på
export-card-footer = Persona { $number } · Laget med Strategibot

## Terminalen og strategibot export

export-saved = 💾 Lagret: { $path }
export-no-session = Fant ingen strategi for { $person }.
export-no-personas = { $person } har ingen personaer ennå, så det er ingen personakort å lage.
export-imported = Strategien er lastet inn for { $person }.
export-import-exists = { $person } har allerede en strategi. Bruk --replace for å erstatte den.
export-import-invalid = Filen er ikke en strategi fra Strategibot: { $error }
