## When the answer is "don't know": help for each question (unsure-<text id>).
## Questions of a persona or a goal may use { $name } and { $number }.

unsure-topic = It's fine to start simple. What do you write or post about most often? A couple of words will do, for example "knitting" or "walks in the Peak District".
unsure-passion = Think of something you could talk about for hours, or love spending your free time on. For example: "I love digging up old recipes and trying them out."
unsure-purpose = Pick the one that comes closest; it doesn't have to fit perfectly. You can change it later with /edit.
unsure-purpose_other = Think about what you hope the account will do for you. For example: "Show my work so I get more commissions."
unsure-why = An honest answer beats a polished one. It can be as simple as: "My customers are on Instagram, and I want them to find me there."
unsure-achieve = Imagine a year has gone by and it all went well. What has happened? For example "I have 1,000 regular readers" or "I get two new customers a month".
unsure-reader = Think of one person who reads what you write, or who you wish did. Who are they? For example "parents of young children who want to cook healthy food fast".
unsure-reader_wants = What do people ask you about? That's often exactly what readers want to read. For example "simple tips they can try the same day".

unsure-persona-name = The persona is made up, so there's no wrong name. Just pick an ordinary first name, for example Kari, Ahmed or Emma.
unsure-persona-age = A rough age will do. Think about their stage of life: is { $name } a student, a parent of young children or retired? Type for example 35.
unsure-persona-place = Feel free to guess. A town, a region or just "in the countryside" will do, for example Leeds or the north of England.
unsure-persona-occupation = It's fine to type /skip. If you'd like to guess, something rough will do, for example "student" or "works in a shop". It makes { $name }'s everyday life easier to picture.
unsure-persona-hobbies = It's fine to type /skip. A guess works too, for example "the gym and TV series". Then I can suggest content that speaks to { $name }.
unsure-persona-problems = Think of what stresses or annoys { $name } day to day that you know something about. For example "never has time to cook dinner".
unsure-persona-wants = What would make { $name } save or share a post? For example "quick recipes with few ingredients".
unsure-persona-channels = Pick the channels you think { $name } uses most. A good guess will do, and you can change it later with /edit.
unsure-persona-more = One persona is plenty to begin with, so feel free to say no. If you have a quite different kind of reader in mind, say yes.

unsure-goal_types = Pick the goal that matters most to you right now. You can change it later with /edit.
unsure-goal_other = Write the goal in your own words, and we'll make it concrete together afterwards. For example "get more people to sign up for my courses".
unsure-goal-statement = Start with what you want more of. For "{ $name }" it could be: "Get more people to comment on my posts." We'll sharpen it together afterwards.
unsure-goal-metric = Pick the number that best shows whether you're getting closer to the goal. If in doubt, take the first suggestion. You can change it later with /edit.
unsure-goal-baseline = A rough guess will do, for example 200. Then I can tell you whether the goal is realistic. Or type /skip.
unsure-goal-target = Start from where you are today and add a bit. If you have 200 now, 300 could be a good target. Type for example 300 or 20%.
unsure-goal-deadline = Pick a deadline far enough away that you can make it, but close enough to get you going. Three months is often about right: type "in three months".
unsure-goal-why = You can skip this with /skip. But do think about what gets better once you reach the goal, for example "then I get more customers".
unsure-goal-hours = A rough guess will do, for example 2 hours a week. Then I can tell you whether the pace is realistic. Or type /skip.

unsure-areas = If you're not sure, marketing is a good place to start: it's about showing what you do. Pick that, and you can add more later.
unsure-channels = Start with one or two channels where your readers already are. If in doubt, Facebook and Instagram are safe choices.
unsure-channels_other = Type the name of the channel, for example "Threads" or "a Discord community".
unsure-frequency = Posting regularly matters more than posting a lot. If in doubt, pick once a week; it's easy to keep up.
unsure-measures = Pick what ties in most closely with your goals. If in doubt, reach and engagement are a good place to start.
unsure-measures_other = Type what you want to keep track of, for example "newsletter sign-ups".
unsure-review = Every month suits most people: often enough to see what works, and rarely enough for the numbers to mean something.
