## Tall som ikke lar seg lese, og hvordan et tall ble lest (conversations/parsing.py)

error-not-a-number = Det klarte jeg ikke å lese som et tall. Skriv bare tallet, for eksempel { $example }.
error-not-a-number-or-percent = Det klarte jeg ikke å lese som et tall. Skriv bare tallet, for eksempel { $example }, 1 500 eller 20 %.
error-no-percent = Her trenger jeg et vanlig tall, ikke prosent. Skriv for eksempel { $example }.

note-range-low = Du skrev { $low }–{ $high }, så jeg bruker { $value }, det laveste.
note-range-middle = Du skrev { $low }–{ $high }, så jeg bruker { $value }, omtrent midt imellom.
note-range-high = Du skrev { $low }–{ $high }, så jeg bruker { $value }, det høyeste.
note-at-least = Jeg bruker { $value }, den nedre grensen du oppga.
note-at-most = Jeg bruker { $value }, den øvre grensen du oppga.
error-name-no-letters = Et navn trenger bokstaver. Skriv et fornavn, for eksempel Kari eller Ahmed.
