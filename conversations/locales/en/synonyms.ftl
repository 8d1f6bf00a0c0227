# What people also type for an option instead of pressing its button.
# The key is the button's key with "syn-" in front; words are separated by commas.
# Case, punctuation and emoji do not matter.

syn-everything = all, everything, all of them, every one, the lot

syn-opt-yes = yes, yep, yeah, yup, sure, correct, right
syn-opt-no = no, nope, not really, no thanks

syn-button-done = done, that's all, that is all, that's it, finished, next
syn-button-edit-back = back, back to the list
syn-button-restart-yes = yes, yep, start over, start again, delete everything, reset
syn-button-restart-no = no, keep, keep them, cancel, never mind
syn-button-name-yes = yes, yep, correct, right
syn-button-name-no = no, keep what I typed, use what I typed
syn-button-remove-persona = remove, delete
syn-button-remove-yes = yes, yep, remove, delete
syn-button-remove-no = no, keep, cancel
syn-button-export-markdown = md, text file, plain text
syn-button-export-json = data, data file

syn-language-nb = norwegian, norsk, bokmål, nb, in norwegian
syn-language-en = english, eng, en, in english

syn-opt-purpose-relations = relationships, relations, customer relations, network
syn-opt-purpose-test_products = testing, test, product testing
syn-opt-purpose-internal = internal, staff, for staff, employees
syn-opt-purpose-sell = sales, sell more, selling
syn-opt-purpose-recruit = recruiting, recruitment, hiring, hire
syn-opt-purpose-other = other, something else

syn-opt-persona-channels-facebook = fb, face
syn-opt-persona-channels-instagram = insta, ig
syn-opt-persona-channels-snapchat = snap
syn-opt-persona-channels-tiktok = tik tok
syn-opt-persona-channels-linkedin = linked in
syn-opt-persona-channels-youtube = yt, you tube
syn-opt-persona-channels-pinterest = pin
syn-opt-persona-channels-x = twitter, x
syn-opt-persona-channels-blog = blog, blogging, blogger
syn-opt-persona-channels-newsletter = newsletter, email, e-mail

syn-opt-goal_types-interest = interest, visibility, awareness
syn-opt-goal_types-engagement = engagement, likes
syn-opt-goal_types-readers = readers, more readers, followers
syn-opt-goal_types-other = other, something else

syn-opt-areas-shopping = online shop, webshop, e-commerce
syn-opt-areas-marketing = advertising, promotion
syn-opt-areas-crm = customers, customer care, customer service
syn-opt-areas-hrm = hr, people, staff

syn-opt-channels-facebook = fb, face
syn-opt-channels-instagram = insta, ig
syn-opt-channels-snapchat = snap
syn-opt-channels-tiktok = tik tok
syn-opt-channels-linkedin = linked in
syn-opt-channels-youtube = yt, you tube
syn-opt-channels-pinterest = pin
syn-opt-channels-x = twitter, x
syn-opt-channels-blog = blogs, blogging, blogger
syn-opt-channels-newsletter = newsletters, email, e-mail
syn-opt-channels-other = other, something else

syn-opt-frequency-daily = daily, every single day
syn-opt-frequency-few_weekly = several times a week, a couple of times a week, twice a week
syn-opt-frequency-weekly = weekly, once a week, every week
syn-opt-frequency-few_monthly = a few times a month, twice a month, a couple of times a month

syn-opt-measures-reach = views, impressions
syn-opt-measures-engagement = likes, interactions
syn-opt-measures-followers = fans
syn-opt-measures-comments = comments, reviews
syn-opt-measures-clicks = clicks, clicks to the website, clicks to the site, traffic, visits
syn-opt-measures-sales = revenue, turnover
syn-opt-measures-other = other, something else

syn-opt-review-weekly = weekly
syn-opt-review-monthly = monthly, once a month
syn-opt-review-quarterly = quarterly, every three months

syn-opt-goal-metric-reach = views
syn-opt-goal-metric-page_views = page visits, visits
syn-opt-goal-metric-followers = fans
syn-opt-goal-metric-comments = replies
syn-opt-goal-metric-shares = sharing, reposts
syn-opt-goal-metric-reviews = ratings
syn-opt-goal-metric-engagement_rate = engagement
syn-opt-goal-metric-subscribers = subscriptions, subscribed
syn-opt-goal-metric-returning_readers = regular readers, regulars
