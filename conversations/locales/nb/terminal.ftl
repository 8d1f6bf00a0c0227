## Terminalchatten (strategibot chat). Tekstene vises som ren tekst i
## terminalen (<b> blir fet skrift), men må likevel være gyldig Telegram-HTML,
## så skriv aldri & alene. Hver nøkkel finnes også i en/terminal.ftl, med de
## samme plassholderne.

terminal-intro = Du snakker med Strategibot i terminalen. Skriv svaret og trykk Enter. Der det er valg, skriver du tallet foran valget eller navnet på det. Kommandoene er de samme som i Telegram, for eksempel /summary og /back. Ctrl-D eller Ctrl-C avslutter.

## Hvor svarene lagres og hvordan man fortsetter, rett etter introen: en
## terminal-stored-tekst og en terminal-resume-tekst etter hverandre. $path er
## hele stien til SQLite-filen, $database er bruker@vert:port/database (aldri
## passordet), og $command er kommandoen nøyaktig slik den må skrives.

terminal-stored-file = 💾 Svarene dine lagres i { $path }.
terminal-stored-file-env = 💾 Svarene dine lagres i { $path }, filen DATABASE_URL peker på.
terminal-stored-postgres = 💾 Svarene dine lagres i PostgreSQL-databasen { $database }, den DATABASE_URL peker på.
terminal-stored-memory = ⚠️ Med denne DATABASE_URL-en ligger svarene bare i minnet, og de forsvinner når du avslutter.
terminal-resume-here = Vil du fortsette senere, kjører du <b>{ $command }</b> fra denne mappen.
terminal-resume-env = Vil du fortsette senere, kjører du <b>{ $command }</b> med samme DATABASE_URL.
terminal-resume-env-here = Vil du fortsette senere, kjører du <b>{ $command }</b> fra denne mappen, med samme DATABASE_URL.

## Når chatten avsluttes, med Ctrl-D, Ctrl-C eller slutten på det som ble sendt inn.

terminal-bye = Ha det! Alt er lagret. Kjør <b>{ $command }</b> igjen når du vil fortsette.
terminal-bye-memory = Ha det! Svarene lå bare i minnet, så ingenting er lagret.

## A file that could not be written (a read-only or full folder).

terminal-save-failed = ⚠️ Jeg fikk ikke lagret filen i { $folder } ({ $reason }). Svarene dine er trygge: kjør chatten fra en mappe du kan skrive til, og skriv /export.
