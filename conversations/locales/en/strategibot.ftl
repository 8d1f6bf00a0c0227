## Strategibot in English. Every key also exists in nb/strategibot.ftl with the
## same placeholders. The text is Telegram HTML: only <b>, <i> and the like,
## and never a bare ampersand.

## Progress and parts

progress = <b>Part { $part } of { $total }: { $title }</b>
part-purpose = You and your purpose
part-reader = Your reader
part-goals = Your goals
part-channels = Where social media helps
part-results = Listen and look at the results

## Welcome, help and pause

welcome =
    👋 Hi! I'm Strategibot. I'll help you build a social media strategy, one question at a time.

    We'll go through five parts: you and your purpose, your reader, your goals, where social media can help you, and how you'll keep an eye on the results. Everything you answer is saved, so you can take a break whenever you like and pick up later.

    Type /help at any time to see what you can do along the way.
welcome-back = 👋 Welcome back! Everything you've answered is saved. This is where we left off:
welcome-back-finished = 👋 Welcome back! Your strategy is finished. Type /summary to see it, /persona for your personas or /edit to change an answer.
help =
    <b>How to use Strategibot</b>
    Answer the questions by typing or with the buttons. Along the way you can use:
    /summary – your strategy so far, and what's missing
    /persona – your personas
    /back – go to the previous question
    /skip – skip a question that's optional
    /edit – change an answer you've given
    /export – download your strategy as a PDF, Markdown or JSON
    /language – switch language
    /cancel – close a menu, or take a break (nothing is lost)
    /restart – start over from scratch
    .terminal =
        <b>How to use Strategibot</b>
        Type your answer and press Enter. Where there are options, type the number in front of one, or its name. Along the way you can use:
        /summary – your strategy so far, and what's missing
        /persona – your personas
        /back – go to the previous question
        /skip – skip a question that's optional
        /edit – change an answer you've given
        /export – save your strategy as a PDF, Markdown or JSON
        /language – switch language
        /cancel – close a menu, or take a break (nothing is lost)
        /restart – start over from scratch
paused = ⏸ Let's take a break. Everything you've answered is saved. Type /start or send a message whenever you want to carry on.
group-chat-private = 👋 Hi! I help one person at a time with their strategy, and that works best one to one. Send me a private message and we'll get started.

## Questions: you and your purpose

q-topic = What do you blog or post about? Describe your topic in a few words, for example "gardening on the west coast" or "a local bakery in Leeds".
q-passion = What are you passionate about? What you really care about is often why readers come back.
q-purpose = What is the purpose of your page or account?
opt-purpose-relations = Build relationships
opt-purpose-test_products = Test products
opt-purpose-internal = Internal page for staff
opt-purpose-sell = Sell
opt-purpose-recruit = Recruit
opt-purpose-other = Something else
q-purpose_other = Tell me briefly what the purpose is.
q-why = Why do you want to use social media? Be honest: "because everyone else is there" is an answer, but not a strategy.
q-achieve = What do you want, or expect, to achieve with it?

## Questions: your reader

q-reader = Who is your reader? Describe the people you're really writing for.
q-reader_wants = What do your readers want to read about?
q-persona-name =
    Now let's create persona number { $number }: a made-up person who stands for your readers. The best advice I know is to write to one person instead of to "everyone".

    What's this person called? An ordinary first name will do, for example Kari or Ahmed.
q-persona-age = How old is { $name }? Type the age as a number.
q-persona-place = Where does { $name } live?
q-persona-occupation = What does { $name } do for a living, or day to day?
q-persona-hobbies = What hobbies and interests does { $name } have?
q-persona-problems = What problems or challenges does { $name } have that you can help with?
q-persona-wants = What does { $name } want to read about? Think about what makes { $name } stop scrolling and read.
q-persona-channels = Where is { $name } online? Pick the channels { $name } uses.
opt-persona-channels-facebook = Facebook
opt-persona-channels-instagram = Instagram
opt-persona-channels-snapchat = Snapchat
opt-persona-channels-tiktok = TikTok
opt-persona-channels-linkedin = LinkedIn
opt-persona-channels-youtube = YouTube
opt-persona-channels-pinterest = Pinterest
opt-persona-channels-x = X (Twitter)
opt-persona-channels-blog = Blogs
opt-persona-channels-newsletter = Newsletters
q-persona-more = Would you like to create another persona? You can have up to three.
opt-yes = Yes
opt-no = No
persona-fallback-name = persona { $number }

## Questions: your goals

q-goal_types = What do you want to achieve with social media? Pick what fits.
opt-goal_types-interest = More interest in the page
opt-goal_types-engagement = More engagement
opt-goal_types-readers = More readers
opt-goal_types-other = Something else
q-goal_other = What other goal do you have?
q-goal-statement =
    Goal { $number }: <b>{ $name }</b>. Let's make it SMART: specific, measurable, attractive (it matters to you), realistic and time-bound.

    What exactly is the goal? Write it as one sentence, for example "Get more people to comment on my posts about the kitchen garden".
q-goal-metric = Which number will you follow to see whether you reach the goal? Pick one of the suggestions, or type your own.
q-goal-target = What number do you want to reach? For example 500, 1,500 or 20 %.
q-goal-baseline = Where is that number today? A rough figure will do, for example 200 or 1.5k.
q-goal-deadline = When do you want to have reached it? Type a date, for example "1 March 2027", "in three months" or 2027-03-01.
q-goal-why = Why does this goal matter to you? A goal you care about is easier to stick with.
q-goal-hours = How many hours a week do you have to work towards this goal?

## Questions: where social media helps

q-areas =
    Social media can help you in four areas (Rainer et al., 2015). Which ones matter to you?

    • <b>Shopping</b>: People check ratings and social media before they buy. The earlier you're visible, the more likely you are to be chosen.
    • <b>Marketing</b>: Good products get passed on by happy customers (eWOM). You can engage customers and show who you are.
    • <b>CRM</b>: Customer care. On social media it shows quickly when you don't follow up, but you can also give customers something extra, like an answer within the hour.
    • <b>HRM</b>: Recruitment and training. Plenty of people find their job through LinkedIn.
opt-areas-shopping = Shopping
opt-areas-marketing = Marketing
opt-areas-crm = CRM
opt-areas-hrm = HRM
q-channels = Which channels do you want to use?
opt-channels-facebook = Facebook
opt-channels-instagram = Instagram
opt-channels-snapchat = Snapchat
opt-channels-tiktok = TikTok
opt-channels-linkedin = LinkedIn
opt-channels-youtube = YouTube
opt-channels-pinterest = Pinterest
opt-channels-x = X (Twitter)
opt-channels-blog = Blog
opt-channels-newsletter = Newsletter
opt-channels-other = Something else
q-channels_other = Which other channels do you want to use?
q-frequency = How often do you want to post?
opt-frequency-daily = Every day
opt-frequency-few_weekly = A few times a week
opt-frequency-weekly = Once a week
opt-frequency-few_monthly = A couple of times a month

## Questions: listen and look at the results

q-measures = What do you want to measure?
opt-measures-reach = Reach
opt-measures-engagement = Engagement
opt-measures-followers = Followers
opt-measures-comments = Comments and reviews
opt-measures-clicks = Clicks to your website
opt-measures-sales = Sales
opt-measures-other = Something else
q-measures_other = What else do you want to measure?
q-review = "However beautiful the strategy, you should occasionally look at the results," said Winston Churchill. How often will you look at the numbers?
opt-review-weekly = Every week
opt-review-monthly = Every month
opt-review-quarterly = Every quarter

## Short names for the answers (summary and /edit)

label-topic = Topic
label-passion = Passionate about
label-purpose = Purpose
label-purpose_other = Other purpose
label-why = Why social media
label-achieve = Wants to achieve
label-reader = Reader
label-reader_wants = Readers want to read about
label-persona-name = Name
label-persona-age = Age
label-persona-place = Lives in
label-persona-occupation = Occupation
label-persona-hobbies = Hobbies
label-persona-problems = Challenges
label-persona-more = Another persona
label-goal_types = Types of goals
label-goal_other = Other goal
label-goal-statement = Goal
label-goal-metric = Measured in
label-goal-target = Target
label-goal-deadline = Deadline
label-areas = Areas
label-channels = Channels
label-channels_other = Other channels
label-frequency = How often you post
label-measures = Measuring
label-measures_other = Also measuring
label-review = Looking at the numbers

## Why a question can't be skipped

why-topic = Your topic is the foundation. Without it I can't help you with your readers, goals or channels.
why-passion = What you're passionate about rubs off on your readers, and it keeps you going over time.
why-purpose = Without a clear purpose, posts quickly become random. Your purpose helps you prioritise.
why-purpose_other = I need to know the purpose to give advice that fits you.
why-why = Knowing why you're on social media is one of the two most important things in a strategy.
why-achieve = The other is knowing what you want to achieve. Otherwise you can't tell whether what you do works.
why-reader = You can't reach everyone. Knowing who your reader is means you actually reach someone.
why-reader_wants = Once you know what your readers want, it's easier to make things they'll actually read.
why-persona-name = A name turns the persona into someone you write to, not just a target group.
why-persona-age = Age says a lot about which channels the persona uses.
why-persona-place = Where the persona lives helps you get the topics, language and timing right.
why-persona-problems = What you can help the persona with is the reason they'll read what you write.
why-persona-more = Answer yes or no, so I know whether to create another persona.
why-goal_types = Your goals decide what you should measure and where to put your effort.
why-goal_other = I need to know the goal to make it SMART.
why-goal-statement = A specific goal is easier to work towards than "be more visible".
why-goal-metric = Without a number to follow, you won't know whether you reach the goal.
why-goal-target = A target number makes the goal measurable, so you can see when you're there.
why-goal-deadline = A goal without a deadline easily gets put off. Time-bound is the T in SMART.
why-areas = The areas show where social media can do the most for you.
why-channels = You need at least one channel to be on.
why-channels_other = I need to know which channel it is to put it in the plan.
why-frequency = A plan needs a rhythm, and how often you post is part of it.
why-measures = Without measuring, you won't know whether the strategy works.
why-measures_other = I need to know what you want to measure to put it in the plan.
why-review = Looking at the results regularly lets you change course in time.

## Answers, errors and confirmations

current-answer = Your answer now: <i>{ $answer }</i>
hint-multi = Tap everything that fits, then tap <b>Done</b> when you're ready.
    .terminal = Type the numbers of everything that fits, for example 1, 3. You can also pick one at a time and type the number for <b>Done</b> at the end.
hint-optional = You can skip this question with /skip.
button-done = Done ✔
error-empty = I didn't catch an answer there. Could you try again?
error-too-long = That's a bit long: answers can be at most { $limit } characters, and yours was { $length }. Could you shorten it?
error-not-whole-number = I need a whole number here, for example { $example }.
error-out-of-range = The number must be between { $minimum } and { $maximum }.
error-not-a-date = I didn't understand that date. Try for example "1 March 2027", "in three months", "week 12" or "by Easter".
error-date-in-past = That date has already passed. The deadline needs to be in the future.
option-unknown = I couldn't find "{ $typed }" among the options. Tap one of them, or type it as it's written.
    .terminal = I couldn't find "{ $typed }" among the options. Type the number in front of one, or its name as it's written.
option-unknown-other = I couldn't find "{ $typed }" among the options. If it isn't there, pick "Something else" and put it in your own words.
option-which = Did you mean { $options }? "{ $typed }" fits more than one of the options.
ack-picked = ✅ Got it: { $options }.
ticked-so-far = Ticked so far: { $options }.
    .terminal = Ticked so far: { $options }. Pick more, or type { $done } when you're done.
ticked-none = Nothing is ticked now.
    .terminal = Nothing is ticked now. Type the number of whatever fits, and { $done } when you're done.
error-not-text =
    Sorry, I can't read { $kind ->
        [photo] photos
        [sticker] stickers
        [voice] voice messages
        [video] videos
        [location] locations
        [document] files
       *[other] that kind of message
    }. Answer with text or the buttons and we'll carry on.
error-edited = I see you edited a message, but changes to old messages aren't saved. Use /edit if you want to change an answer.
error-pick-one = Pick at least one option first.
ack-date = 📅 Got it: { $date }. Not right? Type /back to correct it.
ack-changed = ✏️ Changed.
ack-skipped = Fine, let's skip that one.
stale-button = That button belongs to an earlier question.
unknown-command = I don't know the command /{ $command }. Type /help to see what you can do.
back-at-start = This is the first question, so we can't go back any further.
skip-required = This question can't be skipped. { $why }
no-personas = You haven't created a persona yet. We'll do that in part 2.

## Edit, restart and language

edit-nothing = You haven't answered anything yet, so there's nothing to change.
edit-part-label = { $number }. { $title }
    .terminal = { $title }
edit-choose-part = Which part would you like to change something in?
edit-choose-question = <b>{ $part }</b>: Which answer would you like to change?
button-edit-back = ⬅️ Back
restart-nothing = You haven't answered anything yet, so there's nothing to start over.
restart-confirm = Do you really want to start over? All your answers will be deleted.
button-restart-yes = Yes, start over
button-restart-no = No, keep my answers
restart-kept = Fine, nothing has changed.
restart-done = All your answers have been deleted, and we're starting over.
language-choose = Hvilket språk vil du bruke? / Which language would you like?
language-nb = Norsk (bokmål)
language-en = English
language-set = OK, we'll speak English from now on.

## Menus

menu-pick-one = Pick one of the options, or type /cancel to go back.
    .terminal = Type the number in front of one of the options, or /cancel to go back.
menu-closed = OK, let's leave that. Here's where we were:
name-check = Just to be sure: is the persona called { $suggestion }? You wrote "{ $typed }", which looks like more than a name.
button-name-yes = Yes, { $name }
button-name-no = No, use "{ $name }"
quoted = "{ $text }"
or = or

## Finished

done-intro = 🎉 We're done! Here's your strategy. Your persona cards and the whole plan as a PDF follow right after.
done-outro = Everything is saved. Type /summary at any time to see your strategy again, /persona for your personas or /edit to change an answer.
finished-hint = Your strategy is finished! Type /summary to see it, /persona for your personas, /edit to change an answer or /restart to start over.
finished-updated = Your strategy has been updated. Type /summary to see it.

## Summary and persona cards

summary-title = <b>📋 Your social media strategy</b>
summary-persona = Persona { $number }
summary-missing-title = <b>Still missing</b>
summary-missing-how = Type /start to carry on where you left off.
summary-goal = Goal { $number }: { $name }
card-heading = <b>👤 { $name }</b>
card-heading-age = <b>👤 { $name }, { $age }</b>
card-place = 📍 Lives in
card-occupation = 💼 Works as
card-hobbies = 🎨 Hobbies
card-problems = 🧩 You can help with
card-write-to = ✍️ Write to { $name }, not to "everyone".
and = and

## Advice

advice-title = <b>💡 A few pieces of advice</b>
advice-write-to = Write to { $names }, not to "everyone". Reaching everyone simply isn't possible.
advice-make-persona = Create at least one persona with a name, and write directly to them.
advice-purpose = You have a purpose. Prioritise the posts that serve it and drop the rest: nobody needs to know where you're having lunch.
advice-find-purpose = Work out what your page is for before you post more. Without a purpose it's hard to prioritise.
advice-results = Look at the numbers { $review }. "However beautiful the strategy, you should occasionally look at the results."
advice-metrics = Decide on a few numbers to follow, and look at them regularly.
advice-listen = Social media is less predictable than an ERP system. Listen to your readers, learn from experience and be ready to change course.
advice-human = Be human. Write with passion about what you care about, and your readers will feel it.
advice-plan = Make a plan: you want to post { $frequency }. Block out regular times in your calendar.
advice-make-plan = Make a plan: decide how often you'll post, and put it in your calendar.

## The command menu in Telegram

cmd-start = Start or continue the interview
cmd-help = How to use the bot
cmd-summary = Your strategy so far
cmd-persona = Your personas
cmd-back = Go to the previous question
cmd-skip = Skip an optional question
cmd-edit = Change an answer
cmd-restart = Start over
cmd-language = Switch language
cmd-cancel = Take a break

## Errors on our side

error-internal = Sorry, something went wrong on my side. The answers you've given are safe. Try again in a moment, or type /start to see where we are.

## Export

export-pdf = 📄 Here's your strategy as a PDF, ready to print or share. Would you rather have it as Markdown or JSON?
export-markdown = 📝 Here's your strategy as Markdown, ready to paste into your own plan.
export-json = 🗂 Here's your strategy as JSON. It can be loaded again on another machine.
export-nothing = You haven't answered anything yet, so there's nothing to export.
export-choose = Would you like the strategy as Markdown or JSON?
button-export-markdown = Markdown
button-export-json = JSON
cmd-export = Download your strategy as a PDF

## Personas and goals (coaching)

opt-goal-metric-reach = Reach
opt-goal-metric-page_views = Page views
opt-goal-metric-followers = Followers
opt-goal-metric-comments = Comments
opt-goal-metric-shares = Shares
opt-goal-metric-reviews = Reviews
opt-goal-metric-engagement_rate = Engagement rate
opt-goal-metric-subscribers = Subscribers
opt-goal-metric-returning_readers = Returning readers
label-goal-baseline = Today
label-goal-why = Why it matters
label-goal-hours = Hours a week
label-goal-type = Kind of goal
label-persona-wants = Wants to read about
label-persona-channels = Online on
why-persona-wants = Once you know what the persona wants to read, you know what to write.
why-persona-channels = You need to be where the persona is, or they'll never see you.
card-wants = 📖 Wants to read about
card-channels = 📱 Online on
goal-fallback-name = goal { $number }

card-write-to-both = ✍️ Write to { $name } as if you were sitting at the same table: talk about { $wants }, and show how you can help with { $problems }.
card-write-to-problems = ✍️ Write to { $name } as if you were answering a question about { $problems }.
card-write-to-wants = ✍️ Write to { $name } as if you were sitting at the same table talking about { $wants }.

## Removing a persona

button-remove-persona = 🗑 Remove { $name }
button-remove-yes = Yes, remove { $name }
button-remove-no = No, keep
remove-persona-confirm = Do you want to remove { $name }? Everything you've written about { $name } will be deleted.
remove-persona-kept = Fine, no personas have been removed.
remove-persona-done = 🗑 { $name } has been removed.

## Sections of the summary

summary-section-purpose = <b>🧭 Purpose and why</b>
summary-section-readers = <b>👥 Your readers and personas</b>
summary-section-goals = <b>🎯 Your goals</b>
summary-section-channels = <b>📣 Areas, channels and plan</b>
summary-section-results = <b>📊 What you measure, and when you look</b>
summary-goal-heading = <i>Goal { $number }: { $name }</i>
summary-goal-smart = • SMART: { $letters }
advice-set-deadline = Give every goal a deadline. A goal without a date easily gets put off for ever.
advice-note-baseline = Write down where the numbers are today, so you can see later how far you've come.
