## Tilbakemelding på et SMART-mål

smart-title = <b>🎯 Slik står målet «{ $goal }» seg mot SMART</b>
smart-letter-S = Spesifikt
smart-letter-M = Målbart
smart-letter-A = Attraktivt
smart-letter-R = Realistisk
smart-letter-T = Tidsbestemt
smart-ok = ✅ { $letter }
smart-missing = ❌ { $letter }: { $question }
smart-fix-S = Hva skal skje, helt konkret? Skriv målet som én hel setning og velg et tall å måle det på.
smart-fix-M = Hvor ligger tallet i dag? Uten et utgangspunkt ser du ikke hvor langt du har kommet.
smart-fix-A = Hvorfor betyr målet noe for deg? Et mål du bryr deg om, er lettere å holde fast ved.
smart-fix-R = Hvor mange timer i uka har du til dette, og rekker du det på den tiden?
smart-fix-R-pace = Tempoet ser tøft ut med tiden du har (se under).
smart-fix-T = Når skal målet være nådd? Sett en dato.
smart-challenge-not-above = 🤔 Måltallet ({ $target }) er ikke høyere enn der du er i dag ({ $baseline }). Er det meningen, for eksempel for å holde nivået? Da kan du gjerne beholde det.
smart-challenge-growth = 🤔 Fra { $baseline } til { $target } innen { $deadline } betyr rundt { $rate } % vekst hver måned, med { $hours } timer i uka. Det er svært ambisiøst. Vil du justere måltallet eller fristen, eller beholde det som det er?
smart-challenge-deadline-passed = ⏰ Fristen ({ $deadline }) har passert. Sett en ny frist.
smart-how-to-fix = Du kan fylle inn eller endre med /edit, eller bare fortsette. Det er ditt mål.
smart-all-met = 👏 Alle fem er på plass. Det er et mål du kan jobbe mot.
