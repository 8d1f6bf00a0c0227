## Feedback on a SMART goal

smart-title = <b>🎯 How "{ $goal }" measures up to SMART</b>
smart-letter-S = Specific
smart-letter-M = Measurable
smart-letter-A = Attractive
smart-letter-R = Realistic
smart-letter-T = Time-bound
smart-ok = ✅ { $letter }
smart-missing = ❌ { $letter }: { $question }
smart-fix-S = What exactly should happen? Write the goal as one full sentence and pick a number to measure it by.
smart-fix-M = Where is the number today? Without a starting point you can't see how far you've come.
smart-fix-A = Why does the goal matter to you? A goal you care about is easier to stick with.
smart-fix-R = How many hours a week do you have for this, and is that enough?
smart-fix-R-pace = The pace looks tough for the time you have (see below).
smart-fix-T = When should the goal be reached? Set a date.
smart-challenge-not-above = 🤔 The target ({ $target }) isn't higher than where you are today ({ $baseline }). Is that on purpose, say to hold the level? Then by all means keep it.
smart-challenge-growth = 🤔 Going from { $baseline } to { $target } by { $deadline } means about { $rate } % growth every month, with { $hours } hours a week. That's very ambitious. Would you like to adjust the target or the deadline, or keep it as it is?
smart-challenge-deadline-passed = ⏰ The deadline ({ $deadline }) has passed. Set a new one.
smart-how-to-fix = You can fill in or change things with /edit, or just carry on. It's your goal.
smart-all-met = 👏 All five are in place. That's a goal you can work towards.
