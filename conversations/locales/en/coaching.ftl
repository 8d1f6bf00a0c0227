## Strategibot in English: channel advice, the plan and the areas. Every key is
## also in nb/coaching.ftl, with the same placeholders. The text is Telegram
## HTML: use only <b> and <i>, and never write a bare ampersand.

## The channels

coach-channel-facebook = Facebook
coach-channel-instagram = Instagram
coach-channel-snapchat = Snapchat
coach-channel-tiktok = TikTok
coach-channel-linkedin = LinkedIn
coach-channel-youtube = YouTube
coach-channel-pinterest = Pinterest
coach-channel-x = X (Twitter)
coach-channel-blog = Blog
coach-channel-newsletter = Newsletter
coach-channel-other = Another channel
coach-channel-blog-in-text = your blog
coach-channel-newsletter-in-text = a newsletter
coach-and = and

## Why a channel fits (source and year in brackets)

coach-reason-daily = { $percent }% of Norwegians over 18 use { $channel } every day ({ $source }).
coach-reason-reach = { $channel } reaches a lot of people: { $percent }% of Norwegians over 18 have a profile there ({ $source }).
coach-reason-age = Among { $from }–{ $to }-year-olds like { $names }, { $percent }% use { $channel } every day ({ $source }).
coach-reason-age-over = Among people aged { $from } and over, like { $names }, { $percent }% use { $channel } every day ({ $source }).
coach-reason-age-few = Only { $percent }% of { $from }–{ $to }-year-olds use { $channel } every day ({ $source }), so you're unlikely to find { $names } there.
coach-reason-age-few-over = Only { $percent }% of people aged { $from } and over use { $channel } every day ({ $source }), so you're unlikely to find { $names } there.
coach-reason-persona-online = You said you'd find { $names } on { $channel }.
coach-reason-persona-blogs = You said you'd find { $names } reading blogs.
coach-reason-persona-newsletters = You said you'd find { $names } reading newsletters.
coach-reason-sell = Many people look at products and recommendations on { $channel } before they buy. The earlier you're visible there, the better your chance of being chosen.
coach-reason-sell-women = People use { $channel } to find ideas and things to buy. { $percent }% of its users are women ({ $source }), so it suits you best if your customers are too.
coach-reason-test = On { $channel } you can show a product and get quick reactions in comments and polls.
coach-reason-relations = On { $channel } you can talk with people in comments and messages, and that is how relationships are built.
coach-reason-recruit = This is where people look for jobs and new colleagues. About { $millions } million Norwegians have a { $channel } profile ({ $source }).
coach-reason-recruit-plain = On { $channel } people look for jobs and new colleagues.
coach-reason-internal = A closed { $channel } group works for an internal page: only the people you invite see the posts. If you already have an internal tool such as Teams or Slack, using that may be simpler still.
coach-reason-internal-public = An internal page doesn't belong on { $channel }, which is built to reach everyone.
coach-reason-newsletter-internal = An internal newsletter is a simple way to keep all your staff up to date.
coach-reason-comments = People comment, share and reply to each other on { $channel }, so engagement comes more easily here.
coach-reason-blog = On your blog you own what you publish, and posts can be found through search long after you wrote them.
coach-reason-newsletter = A newsletter lands straight in the inbox and brings readers back, with no algorithm deciding who sees it.

## Recommended channels

coach-recs-title = <b>📊 The channels that suit you best</b>
coach-recs-intro = { $percent }% of the population use social media on an average day ({ $source }). What matters is where your readers are:
coach-recs-channel = <b>{ $rank }. { $channel }</b>
coach-recs-reason = • { $reason }
coach-recs-note = <i>The figures are for Norway. Ipsos measures Norwegians over 18 and hasn't published its figures openly since the fourth quarter of 2023, so some are a few years old. SSB measures the whole population from age 9.</i>

## Advice to start with few channels (Buffer)

coach-focus =
    🎯 <b>Start with one or two channels</b>
    You picked { $count } channels. According to Buffer, most creators and small brands do better on one or two platforms than on many. Start with { $first } and { $second }, and get them working before you add more.
coach-focus-one =
    🎯 <b>Start with one channel</b>
    You picked { $count } channels. According to Buffer, most creators and small brands do better on one or two platforms than on many. Start with { $first }, and get it working before you add more.
coach-focus-why = • <b>{ $channel }</b>: { $reason }

## The plan

coach-plan-title = <b>🗓 Your plan</b>
coach-plan-channels-title = <b>How often to post</b>
coach-plan-suggested = You haven't picked any channels yet, so here is a suggestion based on your answers:
coach-plan-per-week =
    • { $channel }: { $posts ->
        [one] one post
       *[other] { $posts } posts
    } a week
coach-plan-per-month =
    • { $channel }: { $posts ->
        [one] one post
       *[other] { $posts } posts
    } a month
coach-plan-hours-estimate =
    That takes about { $needed ->
        [one] an hour
       *[other] { $needed } hours
    } a week.
coach-plan-hours =
    That takes about { $needed ->
        [one] an hour
       *[other] { $needed } hours
    } a week, and you've set aside { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.
coach-plan-hours-over =
    Even with this few posts it takes about { $needed ->
        [one] an hour
       *[other] { $needed } hours
    } a week, more than the { $hours ->
        [one] one hour
       *[other] { $hours } hours
    } you've set aside. Consider dropping a channel.
coach-plan-below-range = Some channels get fewer posts than they need to stay visible. It's better to focus on fewer channels and do them well.
coach-plan-pillars-title = <b>Your regular themes</b>: what you come back to again and again
coach-plan-pillar = • { $pillar }
coach-pillar-topic = Tips and know-how: { $words }
coach-pillar-passion = What you care about: { $words }
coach-pillar-reader-wants = What your readers want: { $words }
coach-pillar-problem = Help for { $name }: { $words }
coach-pillar-problem-anonymous = Help with: { $words }
coach-pillar-wants = What { $name } wants to read: { $words }
coach-pillar-wants-anonymous = What your persona wants to read: { $words }
coach-pillar-behind = Behind the scenes: who you are and how you work
coach-pillar-questions = Answers to your readers' questions
coach-pillar-offers = News and offers
coach-pillar-stories = Everyday stories: customers, readers and what you learn along the way
coach-plan-review-title = <b>When to look at the results</b>
coach-plan-review-weekly = Look at the numbers every week, starting on { $date }.
coach-plan-review-monthly = Look at the numbers every month, starting on { $date }.
coach-plan-review-quarterly = Look at the numbers every quarter, starting on { $date }.
coach-plan-review-none = Decide how often you'll look at the numbers, for example once a month.
coach-plan-halfway = • { $date }: halfway to the deadline for “{ $goal }”. Are you on track, or do you need to change course?
coach-plan-deadline = • { $date }: the deadline for “{ $goal }”. Did you reach your goal? See what worked, and set yourself a new one.
coach-goal-type-interest = More interest in the page
coach-goal-type-engagement = More engagement
coach-goal-type-readers = More readers
coach-goal-type-other = A goal of your own
coach-goal-type-unknown = Your goal

## The areas where social media helps (Rainer et al., 2015)

coach-areas-title = <b>🧭 Tips for the areas you picked</b>
coach-area-name-shopping = Shopping
coach-area-name-marketing = Marketing
coach-area-name-crm = CRM
coach-area-name-hrm = HRM
coach-area-line = • <b>{ $area }</b>: { $tip }
coach-area-shopping = People mix online and in-store shopping, and many check ratings and social media before they buy. Be visible early in that process, and answer questions about what you offer or recommend.
coach-area-shopping-sell = Many people read ratings and check social media before they decide, and the earlier you're visible, the more likely you are to be chosen. Show your products where customers look, and ask happy customers for a review.
coach-area-shopping-test = When you test products, ask the testers to share ratings and feedback openly. Honest reviews help others make up their minds, and make you visible early in the buying process.
coach-area-marketing = Use social media to show who you are and what you stand for, not just to advertise. Engage your readers, and they'll pass it on (eWOM).
coach-area-marketing-sell = Marketing used to mean ads in the mass media. Now happy customers can spread the word for you (eWOM): share their reviews and photos, with their permission, and reply when they mention you.
coach-area-marketing-engagement = Ask questions and invite opinions. Readers who get involved pass it on to friends and followers (eWOM), and that is worth more than an ad.
coach-area-marketing-reach = Make content worth sharing. Good posts get passed on by happy readers (eWOM), and that is how you reach people you otherwise wouldn't.
coach-area-crm = Aim to reply within the hour. On social media people soon notice if you don't follow up, but you can also give readers and customers something extra.
coach-area-crm-sell = Answer questions and complaints quickly, within the hour if you can. On social media people soon notice if you don't follow up with customers, but a quick and friendly reply gets noticed too.
coach-area-crm-relations = Follow up with the people who comment and write to you, and give them something extra: a reply within the hour, a tip or a thank-you. That is how relationships are built.
coach-area-hrm = Social media helps with both recruiting and training. Keep your company's LinkedIn profile up to date, even when you aren't hiring: many people find work there.
coach-area-hrm-recruit = Post your vacancies and show what it's like to work with you on LinkedIn, where many people find work. Ask your staff to share the posts, so you reach their networks too.
coach-area-hrm-internal = Use the internal page for training and for sharing know-how across the team. Make room for anonymous feedback too: many people don't want to give their opinion in public.
