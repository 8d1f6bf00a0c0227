## The terminal chat (strategibot chat). The texts are shown as plain text in
## the terminal (<b> becomes bold), but must still be valid Telegram HTML, so
## never write a lone &. Every key is also in nb/terminal.ftl, with the same
## placeholders.

terminal-intro = You're talking to Strategibot in the terminal. Type your answer and press Enter. Where there are options, type the number in front of one, or its name. The commands are the same as in Telegram, for example /summary and /back. Ctrl-D or Ctrl-C quits.

## Where the answers are kept and how to carry on, right after the intro: a
## terminal-stored text and a terminal-resume text, one after the other. $path
## is the SQLite file's full path, $database is user@host:port/database (never
## the password), and $command is the command exactly as it must be typed.

terminal-stored-file = 💾 Your answers are saved in { $path }.
terminal-stored-file-env = 💾 Your answers are saved in { $path }, the file DATABASE_URL names.
terminal-stored-postgres = 💾 Your answers are saved in the PostgreSQL database { $database }, the one DATABASE_URL names.
terminal-stored-memory = ⚠️ With this DATABASE_URL your answers are only kept in memory, and they're gone when you quit.
terminal-resume-here = To carry on later, run <b>{ $command }</b> from this folder.
terminal-resume-env = To carry on later, run <b>{ $command }</b> with the same DATABASE_URL.
terminal-resume-env-here = To carry on later, run <b>{ $command }</b> from this folder, with the same DATABASE_URL.

## When the chat ends, with Ctrl-D, Ctrl-C or the end of the input piped in.

terminal-bye = Bye! Everything is saved. Run <b>{ $command }</b> again whenever you want to carry on.
terminal-bye-memory = Bye! Your answers were only kept in memory, so nothing is saved.

## A file that could not be written (a read-only or full folder).

terminal-save-failed = ⚠️ I couldn't save the file in { $folder } ({ $reason }). Your answers are safe: run the chat from a folder you can write to, and type /export.
