## Numbers that could not be read, and how a number was read (conversations/parsing.py)

error-not-a-number = I couldn't read that as a number. Just type the number, for example { $example }.
error-not-a-number-or-percent = I couldn't read that as a number. Just type the number, for example { $example }, 1,500 or 20%.
error-no-percent = I need a plain number here, not a percentage. For example { $example }.

note-range-low = You wrote { $low }–{ $high }, so I'm using { $value }, the lower end.
note-range-middle = You wrote { $low }–{ $high }, so I'm using { $value }, roughly in the middle.
note-range-high = You wrote { $low }–{ $high }, so I'm using { $value }, the upper end.
note-at-least = I'm using { $value }, the lower limit you gave.
note-at-most = I'm using { $value }, the upper limit you gave.
error-name-no-letters = A name needs letters. Type a first name, for example Kari or Ahmed.
