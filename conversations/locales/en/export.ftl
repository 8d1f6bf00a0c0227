## The files Strategibot makes: persona cards (PNG), the strategy as PDF,
## Markdown and JSON, and what the terminal chat and strategibot export say
## about them. The texts are plain text in the files, but must still be valid
## Telegram HTML, so never write a lone &. Every key is also in nb/export.ftl,
## with the same placeholders.

## File names (without date and extension, ASCII)

export-filename-strategy = strategy
export-filename-persona = persona

## The strategy (PDF and Markdown)

export-title = Social media strategy
export-topic = Topic
export-made = Made on { $date } with Strategibot
export-draft = This is a draft. The interview isn't finished yet, so some parts are missing.
export-contents = Contents
export-personas = Personas
export-goals = SMART goals
export-advice = Advice to take with you
export-other-answers = Other answers
export-not-answered = Not answered yet
export-goal-title = Goal { $number }: { $name }
export-goal-met = In place
export-goal-not-met = Missing
export-page = Page { $number } of { $total }

## The persona card (PNG)

export-persona-age = { $age } years old
export-card-problems = Challenges
export-card-wants = Wants to read about
export-card-hobbies = Hobbies and interests
export-card-channels = Found on
export-card-footer = Persona { $number } · Made with Strategibot

## The terminal and strategibot export

export-saved = 💾 Saved: { $path }
export-no-session = There is no strategy for { $person }.
export-no-personas = { $person } has no personas yet, so there are no persona cards to make.
export-imported = The strategy is loaded for { $person }.
export-import-exists = { $person } already has a strategy. Use --replace to replace it.
export-import-invalid = The file isn't a strategy from Strategibot: { $error }
