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
