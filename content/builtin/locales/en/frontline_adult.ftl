# Frontline screening interview for adults (questionnaires/frontline_adult.toml).
# Labels are read aloud to the person; hints (-hint) are for the worker only.

fl-title = Screening interview: work and safety
fl-section-start = Before we begin
fl-section-recruitment = How you got this work
fl-section-workplaces = Your workplaces
fl-section-conditions = Hours, pay and money owed
fl-section-freedom = Your freedom
fl-section-threats = Threats and harm
fl-section-sexual = Sexual exploitation
fl-section-safety = Your situation and safety

fl-intro = I would like to ask you some questions about your work and your life here. You do not have to answer any question, and you can stop at any time. What you tell me will not be shared without your agreement, except if a child is in danger.
fl-intro-hint = Find a private place first. No employer, agent or companion should hear. Use an interpreter the person chose, never one linked to the employer.
fl-consent = I understand and I agree to answer these questions.
fl-age = How old are you?
fl-age-hint = If they do not know, record "not sure". Do not ask for a date of birth or documents.
fl-age-check = Please enter an age between 10 and 110.
fl-working = In the last two years, have you done any work, paid or unpaid, here or in another country?
fl-working-hint = Count any work: in a home, on a farm or boat, in a bar, on the street, or sex work.

fl-paid-fee = Did you pay anyone to get this work or to travel to it?
fl-fee-owed = Do you still owe that money to the employer, the agent or someone linked to them?
fl-promised-different = Is the work, the pay or the conditions very different from what you were told before you started?
fl-pressured = Did anyone force or pressure you to take this work or to travel for it?

fl-wp-sector = What kind of work was it at this place?
fl-sector-farm-fishing = Farm, fishing or boat
fl-sector-construction-factory = Building site or factory
fl-sector-domestic = Work in someone's home
fl-sector-hospitality = Restaurant, hotel or cleaning
fl-sector-entertainment-sex = Bar, massage, entertainment or sex work
fl-sector-street = Selling or begging on the street
fl-sector-other = Other work
fl-wp-place = Where was this workplace?
fl-place-this-country = In this country
fl-place-other-country = In another country
fl-place-at-sea = At sea
fl-wp-current = Do you still work there?
fl-wp-ended = How did this work end?
fl-ended-left-freely = I left when I wanted to
fl-ended-escaped = I had to escape
fl-ended-sent-away = I was sent away
fl-wp-lived-there = Did you also live there, or in a place the employer chose?

fl-hours = On a usual day, how many hours do you work?
fl-hours-hint = Include time on call, travel between jobs and work in the employer's home.
fl-hours-check = Please enter a number of hours between 0 and 24.
fl-day-off = Do you get at least one full day off each week?
fl-paid = Are you paid what you were promised, in full?
fl-debt = Do you owe money to your employer, an agent or someone linked to them?
fl-debt-grows = Does this debt keep growing, or do you feel you can never pay it back?
fl-conditions = Are the places where you work or sleep dangerous, dirty or very crowded?
fl-conditions-hint = For example: no protection from chemicals, no toilet or water, many people in one room.

fl-documents = Do you have your passport or ID card, or can you get it whenever you want?
fl-documents-hint = Holding documents "for safekeeping" against the person's wishes still counts.
fl-documents-holder = Who has your documents now?
fl-holder-employer = The employer or the agent
fl-holder-someone-else = Someone else
fl-holder-lost = They are lost, or I never had any
fl-can-leave = If you wanted to stop working for this employer, could you?
fl-leave-consequence = What do you think would happen if you left?
fl-consequence-threats = I or my family would be threatened
fl-consequence-violence = I would be hurt
fl-consequence-debt = My debt would grow or I would have to pay a penalty
fl-consequence-report = I would be reported to the police or immigration
fl-consequence-lose-pay = I would lose pay that I am owed
fl-go-out = When you are not working, can you go out on your own?
fl-contact = Can you talk to your family or friends when you want to?
fl-watched = Are you locked in, or watched all the time, at work or where you live?
fl-moved = Were you moved from one workplace to another without being asked?

fl-threatened = Has anyone threatened you or your family, to make you work or to stop you from leaving?
fl-hurt = Has anyone at work, or linked to your work, hit you, hurt you or touched you sexually against your will?
fl-hurt-hint = If yes, offer medical care first. Do not ask for details you do not need.

fl-sex-made = Has anyone made you do sexual acts, or meet people for sex, when you did not want to?
fl-sex-made-hint = Ask only in private. Keep your voice and face calm. A yes is enough: do not ask what happened.
fl-sex-money = Does someone else take all or most of the money from it?

fl-vulnerable = Do any of these apply to you? Choose all that fit.
fl-vulnerable-no-papers = I have no papers to stay or work here
fl-vulnerable-language = I do not speak the language here well
fl-vulnerable-dependants = My family depends on the money I send
fl-vulnerable-no-home = I have nowhere to live except where the employer says
fl-vulnerable-none = None of these
fl-vulnerable-check = "None of these" cannot be chosen together with other answers.
fl-safe-tonight = Is it safe for you to go back tonight to the place where you sleep?
fl-safe-tonight-hint = If no, do not let the person leave alone: follow the urgent safety steps now.
fl-anything-else = Is there anything else you want to tell me?
fl-text-check = Please keep this shorter (2000 characters at most).
fl-end = Thank you for talking with me. Whatever you decide, you can come back to us.
fl-end-hint = Go through the recommended steps with the person. Agree how you can contact them safely.

fl-act-always = Offer helpline details in a form that is safe for the person to keep, and agree how to reach them safely.
fl-act-rights = Explain the person's rights at work and where to get advice (labour inspectorate, union or workers' group).
fl-act-youth = The person may be under 18: follow your child-protection procedure and use the youth screen.
fl-act-caseworker = Refer the person, with their agreement, to a caseworker for a full assessment.
fl-act-forced-labour = The answers show signs of forced labour (not free to leave and under threat). Refer to an anti-trafficking organisation; involve police only with the person's consent, unless a child is at risk.
fl-act-sexual = Offer confidential health care and specialist support for sexual exploitation. Never confront the exploiter.
fl-act-child = A minor with signs of exploitation: contact child protection services today.
fl-act-urgent = Many serious signs together: make a safety plan with the person now and contact a specialist organisation today.
fl-act-safety = The person is not safe tonight: do not send them back. Find emergency shelter, and call the emergency number if they are in immediate danger.
