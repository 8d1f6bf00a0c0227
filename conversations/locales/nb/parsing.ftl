## Tall som ikke lar seg lese (conversations/parsing.py)

error-not-a-number = Skriv svaret som et tall, for eksempel { $example }, 1 500 eller 20 %.
