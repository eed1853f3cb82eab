# Youth quick screen (questionnaires/youth_screen.toml), for workers who
# meet young people. Labels speak to the young person, simply and kindly.

ys-title = Youth quick screen
ys-section-about = About you
ys-section-work = Work
ys-section-safety = Feeling safe
ys-intro = I am going to ask you a few questions. There are no wrong answers, and you can say "I don't want to answer" at any time.
ys-intro-hint = Sit at the young person's level, in private. If an adult with them insists on staying, note it and keep questions general.
ys-age = How old are you?
ys-age-check = Please enter an age between 5 and 30.
ys-looks-young = Does the young person look younger than 18?
ys-looks-young-hint = Your own impression; do not say it aloud. When in doubt, answer yes.
ys-family = Do you live with your parents or the family who take care of you?
ys-works = Do you work for someone outside your family, for money or for something else?
ys-school = Does this work stop you from going to school?
ys-money-taken = Does someone else take the money you earn?
ys-long-hours = Do you work at night, or for many hours without a rest?
ys-brought = Did someone bring you here from another town or country, and now tells you what to do?
ys-forced = Is someone making you do things you do not want to do, or frightening you or your family?
ys-sexual = Has anyone asked you or made you do something sexual in return for money, food, a place to stay or anything else?
ys-sexual-hint = Stay calm whatever the answer. Do not ask for details: that is for specialists.
ys-safe-tonight = Do you have a safe place to sleep tonight?
ys-act-follow-up = The young person does not live with family: check who cares for them and follow up.
ys-act-refer = There are signs of exploitation: with the young person, contact a specialist service.
ys-act-specialist = Several signs together: refer today to a specialist service for children and young people.
ys-act-child-protection = A child with signs of exploitation: contact child protection services today, following your procedure.
ys-act-urgent-child = A child who may be sexually exploited: contact child protection services now. Do not let the child leave with the suspected exploiter.
ys-act-safe-place = No safe place tonight: find emergency shelter now, and call the emergency number if the young person is in danger.
