# Private self-check (questionnaires/self_check.toml). The person is alone.
# Warm, plain and non-judgemental. Options (sc-opt-) say "you could", never
# what the person "must" do or "is".

sc-title = A private check about your work
sc-section-work = Your work
sc-section-freedom = Your freedom
sc-section-safety = Your safety
sc-intro = These questions are only for you. There are no right or wrong answers. You can skip any question or stop at any time.
sc-promised = Is your work or pay different from what you were told before you started?
sc-paid = Do you get the money you earned, on time?
sc-debt = Do you owe money for your job, travel or room that keeps growing, or that you cannot pay back?
sc-hours = Do you often work so long that you cannot rest or sleep enough?
sc-documents = Can you get your passport or ID card whenever you need it?
sc-documents-holder = Who has it now?
sc-holder-employer = My employer or the agent
sc-holder-someone-else = Someone else
sc-holder-lost = It is lost, or I never had one
sc-leave = If you wanted to stop this work, could you leave?
sc-go-out = Can you go out alone when you are not working?
sc-threats = Has anyone threatened you or your family, or said they would report you to the police or immigration?
sc-hurt = Has anyone hurt you, or touched you sexually when you did not want it?
sc-sex = Has anyone made you do sexual things for money that someone else takes?
sc-safe-now = Do you feel safe where you are right now?
sc-end = Thank you. Next you will see some things you could do. You decide what is right for you.
sc-opt-talk = You could talk to someone you trust about how you feel.
sc-opt-rights = You could read about your rights at work, in your language.
sc-opt-notes = You could keep a private note of your hours, your pay and what you owe. This app can keep it locked.
sc-opt-helpline = Many people in situations like yours have found it helps to talk to a helpline. It is free, and you do not have to give your name.
sc-opt-plan = You could make a plan for how to leave safely, with a helpline, when you are ready.
sc-opt-health = You could see a doctor or nurse in confidence. What happened to you is not your fault.
sc-opt-emergency = If you are in danger now, you could call the emergency number where you are. To hide this app quickly, use the quick exit.
