## Numbers that could not be read (conversations/parsing.py)

error-not-a-number = Please type the answer as a number, for example { $example }, 1,500 or 20%.
