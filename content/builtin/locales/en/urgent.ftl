### "I need help now" (flows/urgent.toml). Warm, short, never blaming.

urgent-title = I need help now
urgent-heard-you = What you wrote worries me. Your safety comes first.
urgent-start = Are you in danger right now?
urgent-danger-now = Yes, I am in danger now
urgent-not-right-now = Not right now
urgent-leave-app = Leave this app quickly
urgent-emergency-first = If you can, call an emergency number now. You do not have to explain everything: say where you are and that you need help.
urgent-no-country = We do not know which country you are in, so we cannot show local numbers. In many countries you can call 112 from any mobile phone.
urgent-cant-speak = I cannot talk safely
urgent-cant-speak-info = If you cannot talk, some services accept text messages. Only send one if it is safe, and delete it afterwards if someone checks your phone.
urgent-safety-steps = What can I do right now?
urgent-steps-intro = Some things that can help right now:
urgent-tip-public-place = If you can, go to a place with other people around, like a shop, a hospital or a bus station.
urgent-tip-trusted-person = Tell someone you trust where you are.
urgent-tip-hide-app = If someone comes, you can leave this app at once with the exit button.
urgent-show-numbers = Show me the numbers again
urgent-done = I have what I need
urgent-not-now = I am glad you are not in danger right now. These services can help when you are ready. Many are free, and you do not have to give your name.
urgent-be-ready = Help me be ready
urgent-steps-later = Here are three steps that can help you be ready. We added them to your safety plan.
urgent-plan-number = Learn one emergency number by heart.
urgent-plan-documents = If you can, keep a photo of your passport or ID somewhere safe, or with someone you trust.
urgent-plan-code-word = Agree on a code word with someone you trust, so you can ask for help without others knowing.
urgent-end = You can come back here any time. This conversation stays locked on this phone, and you can delete it whenever you want.

## Thoughts of suicide or self-harm (crisis path). Safe-messaging practice: calm,
## no method details, "you are not alone", a person to talk to now. Reviewers:
## keep it that way (docs/builtin-flows.md).
urgent-crisis-heard = Thank you for telling me. It sounds like you are going through something very painful right now.
urgent-crisis-not-alone = You are not alone. Many people have felt this way, and talking to someone can help. You deserve support.
urgent-crisis-talk-now = You can talk to someone right now. The people at these services are there to listen. You do not have to explain everything.
urgent-crisis-not-safe = I might not be safe right now
urgent-crisis-emergency = If you feel you might act on these thoughts soon, please call an emergency number now, or go to a hospital emergency department. If you can, stay with another person until help comes.
urgent-crisis-cant-call = I cannot talk on the phone
urgent-crisis-cant-call-info = If talking is too hard, some services answer text messages. You can also ask someone you trust to call with you, or for you.
urgent-crisis-get-through = What can help me right now?
urgent-crisis-steps-intro = Some things that can help right now:
urgent-crisis-tip-people = If you can, be with someone, or go to a place where other people are.
urgent-crisis-tip-distance = If you can, put distance between yourself and anything you could use to hurt yourself.
urgent-crisis-tip-moment = Feelings this strong can ease. For now, it is enough to get through the next few minutes.
urgent-crisis-plan-line = Keep the number of a crisis line where you can find it quickly.
urgent-crisis-other-danger = Someone is also hurting or controlling me
urgent-crisis-show-numbers = Show me who I can talk to
urgent-crisis-done = I have what I need for now
urgent-crisis-no-country = We do not know which country you are in, so we cannot show a local crisis line. If your life is in danger, call an emergency number: in many countries, 112 works from any mobile phone.
urgent-crisis-end = I am glad you reached out. You can come back here at any time, day or night. If these thoughts come back, please talk to someone: you do not have to go through this alone.
