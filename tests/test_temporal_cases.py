"""Positives, negatives and ambiguous cases with an explicit DCT: (sentence, DCT, text, type, value)."""

import datetime as dt

import pytest

from timeline.temporal import find_timexes

D = dt.date

CASES = [
    # seed articles (DCT Monday 2015-11-16)
    ("Leaders gathered in Antalya on Nov 15, 2015.", "2015-11-16", "Nov 15, 2015", "DATE", "2015-11-15"),
    ("World leaders on Monday (Nov 16) sought peace.", "2015-11-16", "Monday (Nov 16)", "DATE", "2015-11-16"),
    ("It condemned the attacks in Paris on Friday.", "2015-11-16", "Friday", "DATE", "2015-11-13"),
    ("Leaders met at the weekend.", "2015-11-16", "the weekend", "DATE", "2015-W46-WE"),
    ("At Sunday's official dinner they talked.", "2015-11-16", "Sunday", "DATE", "2015-11-15"),
    ("They arrived on Sunday.", "2015-11-16", "Sunday", "DATE", "2015-11-15"),
    # a full stop before a lower-case word closes an abbreviation: the clause's verb is further left
    ("Siemens completed its takeover of U.S. software firm Altair in March.", "2026-11-13", "March", "DATE", "2026-03"),
    # "next year" is another time, not the clause's tense
    ("The city council approved a budget for next year on Monday.", "2026-11-13", "Monday", "DATE", "2026-11-09"),
    # "next to" is a place, not a time ahead
    ("Two bombs exploded at the U.S. embassies and 100 people were killed next to them on Friday.", "1998-08-08",
     "Friday", "DATE", "1998-08-07"),
    # a day declared for something is one to come
    ("Tokayev declared Wednesday a day of national mourning.", "2026-02-17", "Wednesday", "DATE", "2026-02-18"),
    # a clock time alone is on the day the narrative is at, not the day a report of it was made
    ("A jet crashed on Monday evening, the ministry said on Tuesday. It skidded off the runway at 7 p.m. local "
     "time.", "2026-02-17", "7 p.m. local time", "TIME", "2026-02-16T19:00"),
    ("A jet crashed on Monday evening, an official told reporters on Tuesday. It skidded off the runway at 7 p.m.",
     "2026-02-17", "7 p.m.", "TIME", "2026-02-16T19:00"),
    # ... nor, for what happened, a day still to come
    ("Police arrested a man on Saturday over a shooting that killed two people early last Sunday. He is due in "
     "court on Monday. The shooting happened shortly after 2 a.m.", "2025-03-16", "2 a.m.", "TIME", "2025-03-09T02:00"),
    ("He is due in court on Monday. The shooting happened shortly after 2 a.m.", "2025-03-16", "2 a.m.", "TIME",
     "2025-03-16T02:00"),
    ("He is due in court on Monday. The hearing will begin at 2 p.m.", "2025-03-16", "2 p.m.", "TIME",
     "2025-03-17T14:00"),
    # ... nor is a date that names another event
    ("Sheinbaum was sworn in on Tuesday after winning the June 2 election. She took the oath at 11:20 a.m.",
     "2024-10-01", "11:20 a.m.", "TIME", "2024-10-01T11:20"),
    # the narrative moves on with a length counted from its time
    ("Raman founded LedgerLoop in 2017. Two years later, it raised $120 million, and that year it signed a bank.",
     "2026-05-08", "that year", "DATE", "2019"),
    # a clock time is on the narrative's day, which the end of a period reported on is not
    ("The company returned to the black in the quarter ended Aug 31, 2017. At 9.05am, shares rose 3 sen.",
     "2017-10-24", "9.05am", "TIME", "2017-10-24T09:05"),
    ("The strike ended Aug 31. At 9.05am, work resumed.", "2017-10-24", "9.05am", "TIME", "2017-08-31T09:05"),
    # a clause of time in the present tells what is to come
    ("Forecasters warned of flooding when it makes landfall on Tuesday.", "2025-10-27", "Tuesday", "DATE", "2025-10-28"),
    ("He left when he was told on Tuesday.", "2025-10-27", "Tuesday", "DATE", "2025-10-21"),
    # a day expected in the present lies ahead; one expected in the past need not
    ("Forecasters expect more rain over the weekend.", "2026-10-30", "the weekend", "DATE", "2026-W44-WE"),
    ("He expected a deal on Tuesday.", "2026-10-30", "Tuesday", "DATE", "2026-10-27"),
    # a verb in the present before "at" and a clock time is a schedule
    ("Polls close at 8 p.m. ET Thursday.", "2023-06-14", "8 p.m. ET Thursday", "TIME", "2023-06-15T20:00"),
    ("Polls closed at 8 p.m. ET Thursday.", "2023-06-14", "8 p.m. ET Thursday", "TIME", "2023-06-08T20:00"),
    # what takes effect or comes into force in the present is to come
    ("The law takes effect on January 1.", "2023-06-14", "January 1", "DATE", "2024-01-01"),
    ("The ban comes into force on Monday.", "2023-06-14", "Monday", "DATE", "2023-06-19"),
    ("The law took effect on January 1.", "2023-06-14", "January 1", "DATE", "2023-01-01"),
    # what a day is for in the present is arranged; in the past it was
    ("The election is on Sunday.", "2014-04-16", "Sunday", "DATE", "2014-04-20"),
    ("The deadline is Friday.", "2014-04-16", "Friday", "DATE", "2014-04-18"),
    ("The meeting was on Sunday.", "2014-04-16", "Sunday", "DATE", "2014-04-13"),
    ("The vote is in June.", "2014-04-16", "June", "DATE", "2014-06"),
    ("The vote was in June.", "2014-04-16", "June", "DATE", "2013-06"),
    # an aside between dashes or brackets is no part of the clause whose tense the time takes
    ("Haikui could reach the coasts of China – south of Xiamen, a major city in the province of Fujian – in the "
     "early hours of Tuesday.", "2023-09-03", "Tuesday", "DATE", "2023-09-05"),
    ("The ministers will meet (for the first time since a summit in Osaka that ended without any deal on trade) "
     "on Tuesday.", "2023-09-03", "Tuesday", "DATE", "2023-09-05"),
    # a form in -ed after a preposition or an article describes a noun: no past (nor is a word the window cuts)
    ('The outlook calls for increased fire activity and the potential for "robust above normal fire activity" in '
     'July, August and September.', "2015-06-04", "August", "DATE", "2015-08"),
    ("The outlook calls for increased fire activity in July.", "2015-06-04", "July", "DATE", "2015-07"),
    ("The fire activity increased in July.", "2015-06-04", "July", "DATE", "2014-07"),
    # what is possible on a day is to come
    ("Isolated flooding is possible in the Tennessee Valley on Wednesday.", "2015-06-04", "Wednesday", "DATE",
     "2015-06-10"),
    # what is expected in the present lies ahead, not a past it expects was so
    ("ShopperTrak's Bill Martin expects that sales pulled back again on Sunday.", "2008-12-01", "Sunday", "DATE",
     "2008-11-30"),
    ("ShopperTrak's Bill Martin expects sales to pull back again on Sunday.", "2008-12-01", "Sunday", "DATE",
     "2008-12-07"),
    # "p.m." before a weekday ends no sentence: the clause's "will" reaches past it
    ("The exhibits will preview 7 p.m. to 9 p.m. Friday for museum members and 1 p.m. to 4 p.m. Saturday.",
     "1985-09-06", "4 p.m. Saturday", "TIME", "1985-09-07T16:00"),
    # what is forecast for a day is to come
    ("Temperatures rising into the 90s are forecast again for Friday from the Plains.", "2013-07-18", "Friday", "DATE",
     "2013-07-19"),
    # the weekday next to a holiday
    ("Sears sent tweets about bargains for the Monday after Thanksgiving.", "2009-11-29", "Monday", "DATE",
     "2009-11-30"),
    ("Shops close early on the Friday before Christmas.", "2009-11-29", "Friday", "DATE", "2009-12-18"),
    # a passive in the present is what is arranged
    ("The Malagasy people are called to the polls on Thursday.", "2023-11-15", "Thursday", "DATE", "2023-11-16"),
    ("The new president is inaugurated on Friday.", "2023-11-15", "Friday", "DATE", "2023-11-17"),
    ("The new president was inaugurated on Friday.", "2023-11-15", "Friday", "DATE", "2023-11-10"),
    # what is expected, slated or due on a day is to come, with no verb of its own
    ("Photo: Vote in the House expected on Wednesday (Getty Images)", "2025-11-11", "Wednesday", "DATE", "2025-11-12"),
    ("Photo: A ruling due on Friday in the strike case.", "2025-11-11", "Friday", "DATE", "2025-11-14"),
    ("Photo: The launch, slated for Friday, at the pad.", "2025-11-11", "Friday", "DATE", "2025-11-14"),
    # a weekday's happening lies before the DCT, also seen from a clause looking ahead ...
    ("He will appeal Wednesday's ruling.", "2026-03-12", "Wednesday", "DATE", "2026-03-11"),
    ("The results of Sunday's election will be announced on Friday.", "2026-03-12", "Sunday", "DATE", "2026-03-08"),
    # ... but what is scheduled for it, seen from there, lies ahead
    ("Arteta said the team would rest several players for Sunday's league game.", "2026-03-12", "Sunday", "DATE",
     "2026-03-15"),
    ("Organizers said that Thursday's strike would be the campaign's largest yet.", "2016-04-13", "Thursday",
     "DATE", "2016-04-14"),
    ("Organizers said that Thursday's strike was the campaign's largest yet.", "2016-04-13", "Thursday",
     "DATE", "2016-04-07"),
    ("Talks are due later this month.", "2015-11-16", "later this month", "DATE", "2015-11"),
    ("Fighting has raged since June.", "2015-11-16", "June", "DATE", "2015-06"),
    ("the four-year civil war goes on", "2015-11-16", "four-year", "DURATION", "P4Y"),
    ("after two days of talks", "2015-11-16", "two days", "DURATION", "P2D"),
    ("said at the close of two days of talks", "2015-11-16", "the close of two days", "DATE", "2015-11-16"),
    # neighbours
    ("They will meet next Friday.", "2015-11-16", "next Friday", "DATE", "2015-11-20"),
    ("It snowed last weekend.", "2015-11-16", "last weekend", "DATE", "2015-W46-WE"),
    ("Leaders will gather this Sunday.", "2015-11-16", "this Sunday", "DATE", "2015-11-22"),
    ("Sales fell last December.", "2016-01-05", "last December", "DATE", "2015-12"),
    ("He left a year ago.", "2016-01-05", "a year ago", "DATE", "2015"),
    ("Output rose over the past three years.", "2015-11-16", "the past three years", "DURATION", "P3Y"),
    ("He resigned earlier this month.", "2015-11-16", "earlier this month", "DATE", "2015-11"),
    ("Blasts shook the city last night.", "2015-11-16", "last night", "TIME", "2015-11-15TNI"),
    ("Prices are now higher.", "2015-11-16", "now", "DATE", "PRESENT_REF"),
    ("He is currently abroad.", "2015-11-16", "currently", "DATE", "PRESENT_REF"),
    ("He recently resigned.", "2015-11-16", "recently", "DATE", "PAST_REF"),
    ("The club meets every week.", "2015-11-16", "every week", "SET", "P1W"),
    ("The weekly paper closed.", "2015-11-16", "weekly", "SET", "P1W"),
    ("The flight took two hours.", "2015-11-16", "two hours", "DURATION", "PT2H"),
    ("Crops failed last summer.", "2015-11-16", "last summer", "DATE", "2014-SU"),
    ("Profit rose in the third quarter.", "1998-10-20", "the third quarter", "DATE", "1998-Q3"),
    ("Profit rose in fiscal 1998.", "1999-01-20", "fiscal 1998", "DATE", "1998"),
    ("Wages stalled in the 1990s.", "2015-11-16", "the 1990s", "DATE", "199"),
    ("Churches of the 12th century stand.", "2015-11-16", "the 12th century", "DATE", "11"),
    ("Growth slowed in mid-2015.", "2015-11-16", "mid-2015", "DATE", "2015"),
    ("Rates rise by the end of the year.", "2015-11-16", "the end of the year", "DATE", "2015"),
    ("It lasted twenty-four hours.", "2015-11-16", "twenty-four hours", "DURATION", "PT24H"),
    ("The vote is on the 4th of July.", "2015-06-16", "the 4th of July", "DATE", "2015-07-04"),
    ("Monday's meeting was tense.", "2015-11-18", "Monday", "DATE", "2015-11-16"),
    ("They plan to vote on Monday.", "2015-11-18", "Monday", "DATE", "2015-11-23"),
    ("The summit is to open on Thursday.", "2015-11-16", "Thursday", "DATE", "2015-11-19"),
    ("Holiday sales peaked at Christmas.", "2016-01-05", "Christmas", "DATE", "2015-12-25"),
    ("Sales started in January.", "2015-06-20", "January", "DATE", "2015-01"),
    ("Sales will start in January.", "2015-06-20", "January", "DATE", "2016-01"),
    ("Sales rose in January.", "2015-12-20", "January", "DATE", "2015-01"),  # 11 months back, told in the past
    ("Police arrested 14 men in May.", "2024-03-12", "May", "DATE", "2023-05"),
    # a cue past a comma belongs to another clause more often than not
    ("Mayor Lisa Tran, who proposed the budget in March, is expected to sign it by Friday.", "2025-06-18", "March",
     "DATE", "2025-03"),
    ("The company raised its dividend by 10% in March.", "2026-02-25", "March", "DATE", "2025-03"),  # eleven months
    # ... but what was decided or planned lies ahead
    ("NATO has decided to admit Poland in early March.", "1999-02-10", "early March", "DATE", "1999-03"),
    ("The accession was planned for early March, but no date was fixed yet.", "1999-02-10", "early March", "DATE",
     "1999-03"),
    ("The bonds will be paid on a still unspecified date in January.", "1989-10-26", "January", "DATE", "1990-01"),
    # the clause's tense: "since" looks back, "until"/"by" name a deadline unless the clause looks back from it
    ("The border has stayed shut since Saturday and was scheduled to reopen.", "2015-11-18", "Saturday", "DATE", "2015-11-14"),
    ("Until Monday, officials had not named a suspect.", "2015-11-18", "Monday", "DATE", "2015-11-16"),
    ("The port wants to handle twice the cargo by August, rebuilding docks damaged by storms.", "2015-02-10", "August", "DATE", "2015-08"),
    ("Thirty members had filed reports by Monday, and all agreed.", "2015-11-18", "Monday", "DATE", "2015-11-16"),
    ("Farmers gathered in the square on Saturday and were planning to block roads.", "2015-11-18", "Saturday", "DATE", "2015-11-14"),
    ("Farmers planned a rally in the capital on Saturday and were planning to block roads.", "2015-11-18", "Saturday", "DATE", "2015-11-21"),
    ("Analysts expect profit to rise again next fiscal year.", "2024-06-07", "next fiscal year", "DATE", "2025"),
    ("The heat wave is forecast to last through the weekend.", "2025-06-20", "the weekend", "DATE", "2025-W25-WE"),
    # expecting in the present looks ahead across its object; an expectation told in the past does not
    ("Forecasters expect it to strike central Vietnam on Saturday.", "2026-10-22", "Saturday", "DATE", "2026-10-24"),
    ("Analysts expect the company to report a loss on Tuesday.", "2026-10-22", "Tuesday", "DATE", "2026-10-27"),
    ("Forecasters had expected the storm to hit on Saturday.", "2026-10-22", "Saturday", "DATE", "2026-10-17"),
    ("Schools will remain closed through Friday.", "2024-10-10", "Friday", "DATE", "2024-10-11"),
    # what was planned lies ahead; the day a plan was made, or a plan that had been made, does not
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30", "Thursday", "DATE", "1998-10-01"),
    ("On Friday, the government planned to pay the first death claims.", "1998-09-30", "Friday", "DATE", "1998-09-25"),
    ("He had planned to resign on Monday.", "1998-09-30", "Monday", "DATE", "1998-09-28"),
    # a reporting verb before the weekday marks the past; a plan it reports, nearer the weekday, still looks ahead
    ("Bush told a news conference on Tuesday that the blockade might be extended to Aqaba.", "1990-08-15", "Tuesday", "DATE", "1990-08-14"),
    ("Officials said the talks on Friday would settle the dispute.", "2015-11-18", "Friday", "DATE", "2015-11-20"),
    # a verb in the simple present before a weekday is a scheduled event; a noun or a same-form past is not
    ("He and Arafat meet separately Monday with the secretary of state.", "1998-05-01", "Monday", "DATE", "1998-05-04"),
    ("The Senate votes Tuesday on the bill.", "2015-11-18", "Tuesday", "DATE", "2015-11-24"),
    ("Details of his keynote address Wednesday.", "2010-10-21", "Wednesday", "DATE", "2010-10-20"),
    ("The union's members vote Monday.", "2015-11-18", "Monday", "DATE", "2015-11-23"),
    ("Talks between the two sides resume Monday.", "2015-11-18", "Monday", "DATE", "2015-11-23"),
    ("They meet again Thursday in Geneva.", "2015-11-18", "Thursday", "DATE", "2015-11-19"),
    ("A look at the Dow's rise Monday.", "2015-11-18", "Monday", "DATE", "2015-11-16"),
    ("The company's answer, a spokesman says Monday.", "2015-11-18", "Monday", "DATE", "2015-11-16"),
    ("The index is within 70 points of its record high set on Aug. 6.", "1998-02-06", "Aug. 6", "DATE", "1997-08-06"),
    # a clock time alone is on the day the story is at; "last <month> <day>" is the latest one before the DCT
    ("The ferry sank on Nov. 3, 2014. Rescuers arrived at 6:40 a.m., hours late.", "2015-11-16", "6:40 a.m.", "TIME", "2014-11-03T06:40"),
    ("Rescuers arrived at 6:40 a.m., hours late.", "2015-11-16", "6:40 a.m.", "TIME", "2015-11-16T06:40"),
    ("The mill burned down last Dec. 2 and never reopened.", "2015-11-16", "Dec. 2", "DATE", "2014-12-02"),
    ("A ruling is due the week of Nov. 30.", "2015-11-16", "the week of Nov. 30", "DATE", "2015-W49"),
    ("Turnout on Election Day was low.", "2016-11-20", "Election Day", "DATE", "2016-11-08"),
    ("The hearing lasted two and a half hours.", "2015-11-16", "two and a half hours", "DURATION", "PT2H30M"),
    # "a year earlier" in results news: the quarter reported on, not one named in passing or forecast
    ("Acme posted higher third-quarter profit. After a weak second quarter, sales recovered and rose 5% "
     "from a year earlier.", "1989-11-01", "a year earlier", "DATE", "1988-Q3"),
    ("Acme's third-quarter profit fell. Analysts see losses through the third quarter of 1990. Sales fell 5% "
     "from a year earlier.", "1989-11-01", "a year earlier", "DATE", "1988-Q3"),
    ("Acme's third-quarter profit fell. " + "Its chairman spoke at length about costs and prices. " * 10
     + "In the year-ago period, Acme earned $4 million.", "1989-11-01", "the year-ago period", "DATE", "1988-Q3"),
    # a quarter without a year: the one reported on, even in a forecast; a forecast about a quarter
    # ended long ago means the next one
    ("Third-quarter earnings will be lower than expected.", "1989-10-26", "Third-quarter", "DATE", "1989-Q3"),
    ("Sales will recover in the fourth quarter.", "1989-10-26", "the fourth quarter", "DATE", "1989-Q4"),
    ("The deal will close by the end of the third quarter.", "2024-06-12", "the third quarter", "DATE", "2024-Q3"),
    ("Profit will rise in the second half.", "2024-03-12", "the second half", "DATE", "2024-H2"),
    ("Profit rose in the second half.", "2024-03-12", "the second half", "DATE", "2023-H2"),
    ("The deal closed in the third quarter.", "2024-06-12", "the third quarter", "DATE", "2023-Q3"),
    # a known verb in the simple present after a name tells a scheduled event; a plural noun before its
    # verb does not ("Oil prices have come down")
    ("Biden faces Trump in a rematch on Nov. 5.", "2024-06-07", "Nov. 5", "DATE", "2024-11-05"),
    ("NATO meets in Brussels on Thursday.", "2024-06-07", "Thursday", "DATE", "2024-06-13"),
    # ... or after "and", a second verb in the present
    ("The North American leg begins Sept. 17 in Tulsa, Okla., and concludes Nov. 12 in Detroit.", "2024-04-01",
     "Nov. 12", "DATE", "2024-11-12"),
    ("Photo: the talks on security and trade Monday", "2024-04-03", "Monday", "DATE", "2024-04-01"),
    # ... not a noun after a noun in the singular, or after "a" and a name
    ("Portugal beat North Macedonia 2-0 to reach the finals after a tense European playoff tie on Tuesday.",
     "2022-03-30", "Tuesday", "DATE", "2022-03-29"),
    ("Wolszczan said in a Penn State release Wednesday.", "2011-10-27", "Wednesday", "DATE", "2011-10-26"),
    ("Officials said a Penn State panel meets on Wednesday.", "2011-10-27", "Wednesday", "DATE", "2011-11-02"),
    ("Officials said Penn State meets on Wednesday.", "2011-10-27", "Wednesday", "DATE", "2011-11-02"),
    # ... not a sentence's first word and a verb: "This represents", "She estimates" say nothing of the day
    ("She estimates her properties, worth $130 million in October, are worth only half that now.", "1998-01-08",
     "October", "DATE", "1997-10"),
    ("This represents a 45% premium over the closing price for AGN stock on Monday.", "2019-06-25", "Monday", "DATE",
     "2019-06-24"),
    ("The summit begins on Friday.", "2024-02-03", "Friday", "DATE", "2024-02-09"),   # a singular noun's verb
    ("The peace talks Monday were useful.", "2024-02-03", "Monday", "DATE", "2024-01-29"),   # a plural noun
    ("Details of the price cuts Wednesday.", "2010-10-21", "Wednesday", "DATE", "2010-10-20"),
    ("Details of the keynote address Wednesday.", "2010-10-21", "Wednesday", "DATE", "2010-10-20"),
    ("Details of the peace talks Monday.", "2010-10-21", "Monday", "DATE", "2010-10-18"),
    ("Oil prices have come down from the middle of October.", "1998-02-23", "the middle of October", "DATE", "1997-10"),
    ("Obama says the fight over Nov. 5 goes on.", "2024-06-07", "Nov. 5", "DATE", "2023-11-05"),
    # a day or month before an event names that event's time, whatever the clause's tense
    ("The November election has raised the stakes.", "2024-06-07", "November", "DATE", "2024-11"),
    # named days, a holiday with its year, a quarter century, a clock time with a full date, a named day
    ("Shoppers crowded the malls on Black Friday.", "2015-12-01", "Black Friday", "DATE", "2015-11-27"),
    ("She gave her last concert on New Year's Eve 2019.", "2024-06-12", "New Year's Eve 2019", "DATE", "2019-12-31"),
    ("It was the strongest quake in a quarter century.", "2024-04-03", "a quarter century", "DURATION", "P25Y"),
    ("The quake struck at 7:58 a.m. on April 3, 2024.", "2024-06-12", "7:58 a.m. on April 3, 2024", "TIME",
     "2024-04-03T07:58"),
    ("The deal should close in the second half of the year.", "2024-06-12", "the second half of the year", "DATE",
     "2024-H2"),
    # "last" as a verb is no modifier of the length after it
    ("The trial is expected to last six months.", "2024-06-07", "six months", "DURATION", "P6M"),
    # a clause after a colon has its own tense
    ("The election has raised the stakes: Biden faces Trump in a rematch on Nov. 5.", "2024-06-07", "Nov. 5", "DATE",
     "2024-11-05"),
    # a sentence opening "In <month>," tells the background: the latest such month, even ten months back
    ("The deal took a year. In December, the board fired its chief.", "2015-10-20", "December", "DATE", "2014-12"),
    # a part of the day alone is on the story's day
    ("Prices slid on Friday. Traders had sold heavily in the morning.", "2015-11-16", "the morning", "TIME", "2015-11-13TMO"),
    ("By late afternoon the square was empty.", "2015-11-16", "late afternoon", "TIME", "2015-11-16TAF"),
    ("The ship sailed at 5 in the afternoon.", "2015-11-16", "5 in the afternoon", "TIME", "2015-11-16T17:00"),
    # "will be named": the auxiliaries give the tense; a planned month may be nine months ahead
    ("She will be named commander of the crew for a launch in December.", "2015-03-04", "December", "DATE", "2015-12"),
    # "the 1988 period" after the nine months reported is part of the year, written as the year
    ("Acme's third-quarter net fell. In the first nine months, net was $3 million, against $2 million in the "
     "1988 period.", "1989-11-02", "the 1988 period", "DATE", "1988"),
    ("Acme's third-quarter net fell to $3 million from $2 million in the 1988 period.", "1989-11-02",
     "the 1988 period", "DATE", "1988-Q3"),
    # a season is chosen by its middle: in March, last summer's middle is nearer in the past than 250 days
    ("It was the hottest summer since records began.", "2013-03-14", "summer", "DATE", "2012-SU"),
    ("Farmers fear the summer will be dry.", "2013-03-14", "the summer", "DATE", "2013-SU"),
    ("Snow closed the roads in the winter.", "2013-03-14", "the winter", "DATE", "2012-WI"),
    ("Talks resumed in the autumn.", "2013-11-20", "the autumn", "DATE", "2013-FA"),
    # "from now" and "hence" count forward from the DCT, "ago" back
    ("The vote is two weeks from now; the last one was two weeks ago.", "2013-03-14", "two weeks from now", "DATE", "2013-W13"),
    ("The vote is two weeks from now; the last one was two weeks ago.", "2013-03-14", "two weeks ago", "DATE", "2013-W09"),
    ("A decision is expected weeks from now.", "2013-03-14", "weeks from now", "DATE", "FUTURE_REF"),
    # the end of a range of days or months lies on or after its start
    ("The tournament runs from June 12 to July 13.", "2013-03-14", "July 13", "DATE", "2013-07-13"),
    ("The festival ran from Dec. 28 through Jan. 3.", "2013-03-14", "Jan. 3", "DATE", "2013-01-03"),
    ("The season will run from October to March.", "2013-03-14", "March", "DATE", "2014-03"),
    ("The fair closed on July 13.", "2013-03-14", "July 13", "DATE", "2012-07-13"),
    # ... but a weekday before "to" starts no range ("released Friday to December's figures")
    ("Revisions released Friday to December's figures were small.", "1998-02-06", "December", "DATE", "1997-12"),
    # a past form that is also the plain form is no past after "will", "to" or a modal
    ("The storm will hit Florida on Wednesday.", "2018-10-09", "Wednesday", "DATE", "2018-10-10"),
    ("The storm will hit on Wednesday.", "2018-10-09", "Wednesday", "DATE", "2018-10-10"),
    ("The bank is expected to cut rates on Thursday.", "2018-10-09", "Thursday", "DATE", "2018-10-11"),
    ("The storm hit Florida on Wednesday.", "2018-10-09", "Wednesday", "DATE", "2018-10-03"),
    ("The storm hit on Wednesday.", "2018-10-09", "Wednesday", "DATE", "2018-10-03"),
    ("The storm hit Florida on Wednesday and will reach Georgia soon.", "2018-10-09", "Wednesday", "DATE", "2018-10-03"),
]

CASES += [
    # "a year ago" right after the month reported on is that month a year before; else the year before
    ("Sales rose 4 percent in December from the same month a year earlier.", "2010-01-05", "a year earlier",
     "DATE", "2008-12"),
    ("The median price rose to $214,200 last month from $188,800 a year earlier.", "2013-07-22", "a year earlier",
     "DATE", "2012-06"),
    # a midnight gone by opened the day; one ahead closes it
    ("Spending cuts kicked in at midnight.", "2013-01-01", "midnight", "TIME", "2013-01-01T00:00"),
    ("The deadline expires at midnight.", "2013-01-01", "midnight", "TIME", "2013-01-01T24:00"),
    # a comparison point is not where the narrative is: "the previous year" counts from the DCT's year
    ("Net profit rose to 50.5 million euros from 44 million a year earlier. The order backlog was up 5.3 percent "
     "from the end of the previous year.", "2012-05-10", "the previous year", "DATE", "2011"),
    ("Prices fell in March, according to a long statement released by the national statistics office about "
     "trade, industry and the services sector; the group's sales were $5 million a year ago.", "2013-07-22",
     "a year ago", "DATE", "2012"),
]

CASES += [
    # the month of a futures contract is the one to come, whatever the tense of the market report
    ("Light, sweet crude for July delivery rose to $139.89 a barrel.", "2008-06-16", "July", "DATE", "2008-07"),
    ("The December contract fell 2 cents in late trading.", "2008-11-03", "December", "DATE", "2008-12"),
    ("Crude oil futures for January rose 40 cents.", "2008-11-03", "January", "DATE", "2009-01"),
    ("Sales fell in July.", "2008-06-16", "July", "DATE", "2007-07"),
    # (a day of delivery is no contract)
    ("Shoppers ordered sofas for Friday delivery last week.", "2015-06-15", "Friday", "DATE", "2015-06-12"),
]

CASES += [
    # "this week" ahead, written on a Sunday, is the week that begins; looking back, the ISO week ending that day
    ("The data will come out later this week.", "2019-08-04", "later this week", "DATE", "2019-W32"),
    ("Prices fell earlier this week.", "2019-08-04", "earlier this week", "DATE", "2019-W31"),
    # "this year" in January is the new one, whatever the tense ("the year" looking back is the one ended)
    ("Sales rose this year.", "2010-01-05", "this year", "DATE", "2010"),
    ("The cuts were brought forward to the start of this year.", "2024-01-22", "the start of this year", "DATE", "2024"),
    ("The data will come out later this week.", "2019-08-06", "later this week", "DATE", "2019-W32"),
]

CASES += [
    # what is to come in the present: "when they face", two names and a plain verb, "anticipated to", a
    # forecast's day headings
    ("Tottenham and Liverpool meet in the final when they face each other in Madrid on Saturday.", "2019-05-28",
     "Saturday", "DATE", "2019-06-01"),
    ("When they arrived on Saturday, the gates were shut.", "2019-05-28", "Saturday", "DATE", "2019-05-25"),
    ("When they were in Paris on Saturday, the talks failed.", "2019-05-28", "Saturday", "DATE", "2019-05-25"),
    ("Real Madrid and Liverpool meet in Kiev on Saturday.", "2018-05-22", "Saturday", "DATE", "2018-05-26"),
    ("Obama and Putin met in Paris on Saturday.", "2018-05-22", "Saturday", "DATE", "2018-05-19"),
    ("Chelsea beat Arsenal 2-0 in London on Saturday.", "2018-05-22", "Saturday", "DATE", "2018-05-19"),
    ("Spurs and Chelsea beat their rivals in London on Saturday.", "2018-05-22", "Saturday", "DATE", "2018-05-19"),
    ("Officers of West Yorkshire Police seize guns in Leeds on Saturday.", "2018-05-22", "Saturday", "DATE",
     "2018-05-19"),   # a headline
    ("The storm is anticipated to track across the state on Thursday.", "2024-01-30", "Thursday", "DATE", "2024-02-01"),
    ("Forecast details:\nTONIGHT: Clearing, breezy.\nSATURDAY: Mostly sunny.", "2018-02-16", "SATURDAY", "DATE",
     "2018-02-17"),
    ("What happened:\nSaturday: The ministers met.", "2018-02-16", "Saturday", "DATE", "2018-02-10"),
]

CASES += [
    # "we'll" (and "we’ll") points ahead; a pair of days may come in any order
    ("We'll post new laws from other states Tuesday and Wednesday.", "2014-06-27", "Tuesday", "DATE", "2014-07-01"),
    ("We’ll meet on Tuesday.", "2014-06-27", "Tuesday", "DATE", "2014-07-01"),
    ("Following are statements made Friday and Thursday.", "1998-02-06", "Thursday", "DATE", "1998-02-05"),
    # ... but within one week: "decided that Saturday and Sunday will be observed" is the coming weekend
    ("Labour decided that Saturday and Sunday will be observed as rally-free days.", "2012-01-09", "Saturday",
     "DATE", "2012-01-14"),
    # "can be" and a participle points ahead like "will be"
    ("The phones can be preordered on Friday.", "2015-03-18", "Friday", "DATE", "2015-03-20"),
    ("With some votes yet to be counted from Thursday's elections, the party leads.", "2010-04-10", "Thursday",
     "DATE", "2010-04-08"),
]

CASES += [
    # a month joined to a month with a year takes its year
    ("They were slaughtered between April and July 1994.", "2014-04-07", "April", "DATE", "1994-04"),
    ("Prices rose from March to June 2009.", "2014-04-07", "March", "DATE", "2009-03"),
    ("Snow fell in December and January 2010.", "2014-04-07", "December", "DATE", "2009-12"),
    ("Sales rose in April, and July 1994 was worse.", "2014-04-07", "April", "DATE", "2014-04"),   # no pair
]

CASES += [
    # a time between a subject and its reporting verb dates the report, whatever the report says will come
    ("The Federal Reserve on Wednesday announced that it will keep buying assets.", "2013-03-22", "Wednesday",
     "DATE", "2013-03-20"),
    ("There were direct actions planned for Thursday, said spokesman Ed Needham.", "2011-11-15", "Thursday", "DATE",
     "2011-11-17"),
    ("The vote will be held on Thursday, said spokesman Ed Needham.", "2011-11-15", "Thursday", "DATE",
     "2011-11-17"),
    ("The festival that takes place one weekend in August announced its headliners.", "2013-02-25", "August", "DATE",
     "2013-08"),
    # "should" before the verb of a day points ahead; "should have" plus a participle looks back
    ("A new austerity bill that the parliament should pass on Thursday includes wage cuts.", "2011-10-17",
     "Thursday", "DATE", "2011-10-20"),
    ("The bill should have passed on Thursday.", "2011-10-17", "Thursday", "DATE", "2011-10-13"),
    # an irregular past right before the day ("swore in") decides, whatever comes after it
    ("The 18 ministers he swore in on Thursday would remain in their posts.", "2020-11-16", "Thursday", "DATE",
     "2020-11-12"),
    # a cue after "and" is another clause's: "arrived ... on Thursday and is scheduled to meet"
    ("Abe arrived in the U.S. on Thursday and is scheduled to meet Obama on Friday.", "2013-02-22", "Thursday",
     "DATE", "2013-02-21"),
    # a phrase of time that opens the sentence dates the report after it, not what the report looks ahead to
    ("In a press briefing on Thursday, White House deputy adviser Ben Rhodes said the upcoming meeting was key.",
     "2013-02-22", "Thursday", "DATE", "2013-02-21"),
    # ... but not a scheduled event's day, or a phrase that holds a verb
    ("NATO meets on Thursday, a spokesman said.", "2011-10-17", "Thursday", "DATE", "2011-10-20"),
    ("In Paris the leaders meet on Thursday, officials said.", "2011-10-17", "Thursday", "DATE", "2011-10-20"),
    ("At a summit that will open on Thursday, officials said, leaders will sign it.", "2011-10-17", "Thursday",
     "DATE", "2011-10-20"),
]

CASES += [
    # a quarter written as its months; months that are no quarter are none
    ("Sales fell 3% in the April-June quarter.", "2026-11-13", "the April-June quarter", "DATE", "2026-Q2"),
]


@pytest.mark.parametrize("text, halves", [
    # a match report: the halves and quarters are the game's
    ("France cruised into the semi-final with a blistering first-half performance. In the second half Iceland "
     "scored twice, the second in the 84th minute.", []),
    ("He scored 12 points in the fourth quarter as the Lakers won.", []),
    ("For a meaningless second half, that was enjoyable. France meet Germany in the semi-final.", []),
    # ... but not a club's results, or a company's
    ("The club scored a record first-half revenue of 300 million pounds.", ["first-half"]),
    ("Sales rose in the second half.", ["the second half"]),
])
def test_the_halves_of_a_game_are_no_times(text, halves):
    assert [t.text for t in find_timexes(text, D(2016, 7, 4)) if t.value[5:6] in ("H", "Q")] == halves


@pytest.mark.parametrize("text", ["Prices rose in the June-August period.", "Prices rose in the July-December period."])
def test_months_that_are_no_quarter_make_none(text):
    assert not [t.value for t in find_timexes(text, D(2026, 11, 13)) if "Q" in t.value]


NEGATIVES = [
    "a 35-year-old man was arrested",
    "the man, aged 40, was held",
    "we may march on the capital",
    "she came second in the race",
    "They march in protest every day they can.",  # "every day" is a SET, but "march" is not a month
    "shares rose 1,990 points",
    "revenue was $1998 million",
    "he won 3-2 in the second half",
    "Athletes look ahead to the next Winter Olympics in Milan.",   # a season in a name, after "next"
    "Polls opened the day before the vote.",   # the day before another event, not the narrative's
    "Trains will operate on Sunday schedules.",   # a kind of timetable
    "Iraq imports about three-quarters of its food.",   # a fraction
]


@pytest.mark.parametrize("sentence, dct, text, type_, value", CASES, ids=[c[0][:40] for c in CASES])
def test_case(sentence, dct, text, type_, value):
    found = {t.text: t for t in find_timexes(sentence, D.fromisoformat(dct))}
    assert text in found, f"{text!r} not found in {list(found)}"
    assert (found[text].type, found[text].value) == (type_, value)


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence):
    found = [t.text for t in find_timexes(sentence, D(2015, 11, 16))]
    assert not [t for t in found if t.lower() not in ("every day", "the second half")], found


def test_seed_intervals():
    text = ("The four-year civil war. Talks are due later this month. Fighting since June. "
            "Leaders met at the weekend. He said at the close of two days of talks.")
    got = {t.text: t for t in find_timexes(text, D(2015, 11, 16))}
    assert (got["four-year"].start, got["four-year"].end, got["four-year"].granularity) == (D(2011, 11, 16), D(2015, 11, 16), "year")
    assert (got["later this month"].start, got["later this month"].end, got["later this month"].granularity) == (D(2015, 11, 16), D(2015, 11, 30), "month")
    assert (got["June"].start, got["June"].end) == (D(2015, 6, 1), D(2015, 11, 16))
    assert (got["the weekend"].start, got["the weekend"].end, got["the weekend"].granularity) == (D(2015, 11, 14), D(2015, 11, 15), "weekend")
    close = got["the close of two days"]
    assert (close.value, close.mod, close.start, close.end) == ("2015-11-16", "END", D(2015, 11, 16), D(2015, 11, 16))


def test_a_week_of_a_month_is_the_part_of_the_month_it_names():
    got = {t.text: t for t in find_timexes("Snow fell in the last week of February. Talks resume in the first "
                                           "week of April 2013.", D(2013, 3, 14))}
    last, first = got["the last week of February"], got["the first week of April 2013"]
    assert (last.value, last.mod, first.value, first.mod) == ("2013-02", "END", "2013-04", "START")


def test_without_dct_relative_values_stay_underspecified():
    text = "On Friday they met; on Nov 15, 2015, last year, the weekend; for two days."
    got = {t.text: t for t in find_timexes(text, None)}
    assert got["Friday"].value == "XXXX-WXX-5" and got["Friday"].start is None
    assert got["last year"].value == "XXXX" and got["last year"].start is None
    assert got["the weekend"].value == "XXXX-WXX-WE"
    assert got["Nov 15, 2015"].value == "2015-11-15" and got["Nov 15, 2015"].start == D(2015, 11, 15)
    assert got["two days"].value == "P2D"
    got = {t.text: t.value for t in find_timexes("Hired in June last year, he leaves on Jan. 1 next year.", None)}
    assert got == {"June last year": "XXXX-06", "Jan. 1 next year": "XXXX-01-01"}


def test_offsets_respect_the_window_and_point_into_the_text():
    text = "Yesterday it rained. On Friday it snowed. Tomorrow it clears."
    found = find_timexes(text, D(2015, 11, 16), start=21, end=41)
    assert [t.text for t in found] == ["Friday"]
    assert all(text[t.char_start:t.char_end] == t.text for t in found)


def test_hostile_input_is_linear():
    import time
    text = ("1 " * 50000) + ("Nov " * 50000) + ("the past " * 30000)
    find_timexes("warm up the compiled rule table", D(2015, 11, 16))
    started = time.process_time()  # CPU time: the machine may be shared with other work
    find_timexes(text, D(2015, 11, 16))
    assert time.process_time() - started < 5


@pytest.mark.parametrize("text, timex, interval", [
    # a length of time counted from the narrative's last date: TimeML's value stays the length
    ("He joined the company in 2014 and became CEO three years later.", "three years", ("2017-01-01", "2017-12-31")),
    ("The attack came on Nov. 13, 2015. Two days later, police raided a flat.", "Two days", ("2015-11-15", "2015-11-15")),
    ("In March 1998 the plant opened; six months later it closed.", "six months", ("1998-09-01", "1998-09-30")),
    # no finer than the count: years later than a day is a year
    ("He was hired on May 3, 2014, and promoted three years later.", "three years", ("2017-01-01", "2017-12-31")),
    ("Talks began on June 3, 2001. A week earlier, rebels had shelled the city.", "A week", ("2001-05-27", "2001-05-27")),
    # minutes or a few hours later: the same day
    ("The quake struck at 7:58 a.m. on April 3, 2024. An aftershock followed less than 15 minutes later.",
     "less than 15 minutes", ("2024-04-03", "2024-04-03")),
    ("The vote was on Nov. 5, 2024. Two hours later, the result was clear.", "Two hours", ("2024-11-05", "2024-11-05")),
    ("The vote was on Nov. 5, 2024. Twenty hours later, the result was clear.", "Twenty hours", None),
    # ... counted from a day named just before, not from a moment told since without a date
    ("Details emerged on Oct. 25, 1998. " + "The bullet hit him in the back as his family watched television. " * 4
     + "Just over an hour later, he was declared dead.", "an hour", None),
    # no date before it, a count that could fall in either of two periods, a plan or a hypothesis: no date
    ("Three days later, the army withdrew.", "Three days", None),
    ("She was hired in 2010; 18 months later she quit.", "18 months", None),
    ("The court ruled on April 22, 2000; he would be free to leave seven days later.", "seven days", None),
])
def test_a_length_counted_from_the_last_date_is_placed_on_the_calendar(text, timex, interval):
    found = {t.text: t for t in find_timexes(text, D(2024, 6, 12))}
    assert found[timex].type == "DURATION" and found[timex].value.startswith("P")
    span = (found[timex].start.isoformat(), found[timex].end.isoformat()) if found[timex].start else None
    assert span == interval


def test_a_day_named_for_what_happened_on_it_is_no_date():
    assert [t.text for t in find_timexes("The inquiry into Bloody Sunday reported on Tuesday.", D(2010, 6, 16))] == ["Tuesday"]


@pytest.mark.parametrize("text, timex, interval", [
    # the past ones run up to the DCT, the next or coming ones on from it, whatever the clause's tense
    ("Output rose over the past three years.", "the past three years", ("2021-06-12", "2024-06-12")),
    ("The company expects sales to rise 8.5% annually through the next three years.", "the next three years",
     ("2024-06-12", "2027-06-12")),
    ("Talks on a truce were held in the coming two weeks, officials said.", "the coming two weeks",
     ("2024-06-12", "2024-06-26")),
])
def test_a_length_named_from_now_runs_up_to_it_or_on_from_it(text, timex, interval):
    found = {t.text: t for t in find_timexes(text, D(2024, 6, 12))}
    assert (found[timex].start.isoformat(), found[timex].end.isoformat()) == interval


@pytest.mark.parametrize("text, dct, interval", [
    # the opening months of the last year in which they are over: this year's in October ...
    ("Profit rose 10% in the first nine months.", D(1989, 10, 26), ("1989-01-01", "1989-09-30")),
    # ... last year's before they are ("of 1997" written in February 1998)
    ("Payrolls grew 242,000 a month for the first nine months of 1997.", D(1998, 2, 6), ("1997-01-01", "1997-09-30")),
    ("Sales rose in the first two months.", D(1990, 2, 1), ("1989-01-01", "1989-02-28")),
    # no year's opening, and lengths counted from a time the text tells: on no calendar day
    ("Sales rose in the first 12 months.", D(1990, 2, 1), None),
    ("Sales rose in the first 1.5 months.", D(1990, 8, 1), None),
    ("In the following three days the talks stalled.", D(1998, 2, 6), None),
    ("The first two weeks of the trial were quiet.", D(1998, 2, 6), None),
])
def test_the_first_months_are_a_years_opening(text, dct, interval):
    (timex,) = [t for t in find_timexes(text, dct) if t.value.startswith("P")]
    span = (timex.start.isoformat(), timex.end.isoformat()) if timex.start else None
    assert span == interval


@pytest.mark.parametrize("text, timex, interval", [
    # what will happen "in" a length of time is that long after the DCT; TimeML's value stays the length
    ("The committee will meet again in three months.", "three months", ("2024-09-01", "2024-09-30")),
    ("He will be released in 10 days.", "10 days", ("2024-06-22", "2024-06-22")),
    ("The stock would be redeemed in five years.", "five years", ("2029-01-01", "2029-12-31")),
    # not what happened in it, nor a record's span
    ("Prices rose 5% in three months.", "three months", None),
    ("The first flights in two years will leave on Monday.", "two years", None),
])
def test_a_length_ahead_of_the_article_is_placed_on_the_calendar(text, timex, interval):
    found = {t.text: t for t in find_timexes(text, D(2024, 6, 12))}
    assert found[timex].value.startswith("P")
    span = (found[timex].start.isoformat(), found[timex].end.isoformat()) if found[timex].start else None
    assert span == interval


@pytest.mark.parametrize("text, found", [
    ("Brazil was knocked out in the quarter-finals of the tournament.", []),
    ("A two-year-old boy was rescued on Friday.", ["Friday"]),
    ("Profit in the quarter rose.", ["the quarter"]),
])
def test_a_time_word_inside_a_hyphenated_compound_is_no_expression(text, found):
    assert [t.text for t in find_timexes(text, D(2026, 3, 24))] == found


@pytest.mark.parametrize("sentence, values", [
    # a clause of a word in -ing after "before", "after" or "while" has the tense of the clause it hangs on
    ("The center said that the storm will hit the Florida Panhandle or the Big Bend area on Wednesday before hitting "
     "the southeastern United States on Wednesday night and Thursday.", ["2018-10-10", "2018-10-10", "2018-10-11"]),
    ("The storm hit the Florida Panhandle on Sunday before moving to Georgia on Monday.", ["2018-10-07", "2018-10-08"]),
])
def test_a_clause_of_time_in_ing_takes_the_tense_of_its_clause(sentence, values):
    assert [t.value for t in find_timexes(sentence, dt.date(2018, 10, 9))] == values


@pytest.mark.parametrize("sentence, dct, value, start, end", [
    # a length of time closed by the date after it covers the days up to that date; its value stays a length
    ("Revenue fell in the six months ended 30 June.", "2017-08-16", "P6M", "2017-01-01", "2017-06-30"),
    ("Net rose in the nine months ending Sept. 30.", "2017-11-01", "P9M", "2017-01-01", "2017-09-30"),
    ("Sales rose in the 12 months to March.", "2017-08-16", "P12M", "2016-04-01", "2017-03-31"),
    ("Profit rose in the 24 weeks ended Aug. 12.", "1989-10-26", "P24W", "1989-02-26", "1989-08-12"),
    ("He served two years through 2015.", "2017-08-16", "P2Y", "2014-01-01", "2015-12-31"),
    # ... and so does a quarter, wherever a company's fiscal year puts it; its value stays as written
    ("It returned to the black in the first financial quarter ended Aug 31, 2017.", "2017-10-24", "2017-Q1",
     "2017-06-01", "2017-08-31"),
    ("Net rose in its fourth quarter ended Sept. 30.", "2017-11-01", "2017-Q4", "2017-07-01", "2017-09-30"),
    ("Net rose in the fourth quarter.", "2017-11-01", "2017-Q4", "2017-10-01", "2017-12-31"),
    # a length of time before an ongoing happening runs up to the DCT; before a term to serve or run it does not
    ("Russia backs Assad in the four-year civil war.", "2015-11-16", "P4Y", "2011-11-16", "2015-11-16"),
    ("Manafort was given a 60-month sentence on the first count.", "2019-03-07", "P60M", None, None),
    ("His conviction and 12-year prison sentence were thrown out.", "2018-07-27", "P12Y", None, None),
    ("The club signed him to a five-year contract.", "2018-07-27", "P5Y", None, None),
    # not a length of time with no date closing it, or one the date only follows
    ("Revenue fell in the six months.", "2017-08-16", "P6M", None, None),
    ("Revenue fell for six months after June 30.", "2017-08-16", "P6M", None, None),
])
def test_a_length_of_time_closed_by_a_date(sentence, dct, value, start, end):
    period = find_timexes(sentence, dt.date.fromisoformat(dct))[0]
    assert (period.value, period.start, period.end) == (
        value, start and dt.date.fromisoformat(start), end and dt.date.fromisoformat(end))


@pytest.mark.parametrize("sentence, found", [
    # the first day of a range takes the month written after the second
    ("The tournament runs from 10 to 15 July.", [("10", "2023-07-10"), ("15 July", "2023-07-15")]),
    ("Talks were held between 3 and 5 March 2020.", [("3", "2020-03-03"), ("5 March 2020", "2020-03-05")]),
    # ... not a figure, nor a day after the second
    ("Prices rose from 5 to 12 percent on 3 March.", [("3 March", "2023-03-03")]),
    ("The fair runs from 20 to 15 July.", [("15 July", "2023-07-15")]),
    # ... and a bare day after a date and "and", "to" or "or" takes its month
    ("It will be held at the NATO summit on April 24 and 25.", [("April 24", "2023-04-24"), ("25", "2023-04-25")]),
    ("Talks on March 3 to 5, in Geneva.", [("March 3", "2023-03-03"), ("5", "2023-03-05")]),
    # ... not a figure, a count or a day before the first
    ("Prices fell on March 3 and 4.5% on March 4.", [("March 3", "2023-03-03"), ("March 4", "2023-03-04")]),
    ("On April 24 and 25 people were killed.", [("April 24", "2023-04-24")]),
    ("Talks on March 13 to 5, in Geneva.", [("March 13", "2023-03-13")]),
    ("Talks on Feb. 27 and 30 in Geneva.", [("Feb. 27", "2023-02-27")]),
])
def test_a_bare_day_of_a_range_takes_the_month_of_the_other(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2023, 6, 14))] == found


@pytest.mark.parametrize("sentence, found", [
    # the second weekday of a range is not before the first
    ("Flooding is possible in the Tennessee Valley Wednesday through Friday.",
     [("Wednesday", "2015-06-10"), ("Friday", "2015-06-12")]),
    ("Prices rose from Monday to Wednesday.", [("Monday", "2015-06-01"), ("Wednesday", "2015-06-03")]),
    # ... two weekdays in a list are two days
    ("Flooding is possible Wednesday and Friday.", [("Wednesday", "2015-06-10"), ("Friday", "2015-06-05")]),
])
def test_a_range_of_weekdays_runs_forward(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2015, 6, 4))] == found


@pytest.mark.parametrize("sentence, found", [
    # the months of a list follow each other within a year, the last keeping its own
    ("As usual, the company will release its Q2 2023 earnings report and then hold a call with analysts to provide "
     "more detail. Apple's Q2 2023 covers the months of January, February, and March.",
     [("January", "2023-01"), ("February", "2023-02"), ("March", "2023-03")]),
    ("Sales rose in July, August and September.", [("July", "2022-07"), ("August", "2022-08"), ("September", "2022-09")]),
    # ... in the years that keep most of the months as the clause resolves them (a past cue out of reach of the last)
    ("Fire danger increased across the hot, dry and windy eastern half of the state, mostly in July, August and "
     "September.", [("July", "2022-07"), ("August", "2022-08"), ("September", "2022-09")]),
    # ... a list in order stays as it is, and two months apart are no list
    ("Sales rose in November and December.", [("November", "2022-11"), ("December", "2022-12")]),
    ("Sales rose in November; profits fell in January.", [("November", "2022-11"), ("January", "2023-01")]),
])
def test_the_months_of_a_list_follow_each_other(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2023, 4, 4)) if t.rule == "month_alone"] == found


@pytest.mark.parametrize("sentence, found", [
    # the end of a range of days follows its start within half a year ...
    ("The exhibit runs from Dec. 20 to Jan. 5.", [("Dec. 20", "2019-12-20"), ("Jan. 5", "2020-01-05")]),
    # ... a day after "to" that would make it longer is a day of its own: a date moved
    ("The program is moving the game from September 5 to August 29.",
     [("September 5", "2020-09-05"), ("August 29", "2020-08-29")]),
])
def test_a_range_of_days_spans_half_a_year_at_most(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2020, 7, 25))] == found


@pytest.mark.parametrize("sentence, found", [
    # "the period" is the quarter an article reporting results reports on ...
    ("There were no one-time gains in the latest period.", [("the latest period", "2020-Q2")]),
    ("Sales rose in the period.", [("the period", "2020-Q2")]),
    # ... and no quarter in an article about anything else
    ("Polling follows 25 days later, not counting bank holidays that fall within that period.", [("25 days", "P25D")]),
])
def test_the_period_is_a_quarter_only_in_reports_of_results(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2020, 7, 25))] == found




@pytest.mark.parametrize("sentence, found", [
    # a clock time right after a day and "at" is on that day
    ("A back-up launch of Saturday, April 19 at 3:02 p.m. had been scheduled.",
     [("Saturday, April 19", "2014-04-19"), ("3:02 p.m.", "2014-04-19T15:02")]),
    ("He left on Monday at noon.", [("Monday", "2014-04-14"), ("noon", "2014-04-14T12:00")]),
    # ... not one after another word
    ("He left on Monday, then at noon on Friday he returned.", [("Monday", "2014-04-14"), ("noon on Friday", "2014-04-18T12:00")]),
])
def test_a_clock_time_after_a_day_and_at_is_on_that_day(sentence, found):
    assert [(t.text, t.value) for t in find_timexes(sentence, dt.date(2014, 4, 18))] == found


def _days(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dt.date.fromisoformat(dct)) if t.type == "DATE"]


def test_a_chronologys_days_take_the_year_of_the_entries_before_them():
    covid = ("Here are key developments:\nDec. 31, 2019: China alerts the WHO.\nJan. 3: China reports 44 cases.\n"
             "Jan. 11, 2020: A man is the first death.\nJan. 13: A woman is quarantined in Thailand.\nFeb. 2: A man "
             "dies in the Philippines.\n")
    assert _days(covid, "2020-09-29") == [("Dec. 31, 2019", "2019-12-31"), ("Jan. 3", "2020-01-03"),
                                          ("Jan. 11, 2020", "2020-01-11"), ("Jan. 13", "2020-01-13"),
                                          ("Feb. 2", "2020-02-02")]
    # ... a day inside an entry too, and a heading of the year starts one
    hostages = ("Nov 4, 1979: Radicals seized the embassy.\nNov 20, 1979: Gunmen seized the Grand Mosque. Saudi forces "
                "retook it Dec 4.\nOct 23, 2002: Guerrillas seized a theatre.\n")
    assert ("Dec 4", "1979-12-04") in _days(hostages, "2008-11-28")
    iraq = ("The key events between March 20, 2003 and December 18, 2011 are as follows: 2002: January 29: Bush names "
            "an axis of evil.\nMay 14: The Council amends sanctions.\nOctober 11, 2002: Congress votes.\nNovember 8: The "
            "Council passes resolution 1441.\n")
    assert [d for d in _days(iraq, "2023-03-20") if d[0] in ("January 29", "May 14")] == [
        ("January 29", "2002-01-29"), ("May 14", "2002-05-14")]
    # ... and so does a year on a line of its own, and a day counted from an entry moves with it
    ukraine = ("On February 24, 2022, Russia launched an invasion. Here are the key events of the past year:\n2022\n"
               "January 19: Biden warns Russia.\nFebruary 24: Putin announces an operation.\nApril 13: The cruiser "
               "Moskva is damaged. It sinks the day after, a blow to Russia.\n")
    assert _days(ukraine, "2023-02-23")[3:] == [("January 19", "2022-01-19"), ("February 24", "2022-02-24"),
                                                ("April 13", "2022-04-13"), ("the day after", "2022-04-14")]
    # ... but the page's own date above the entries starts no year after it
    managers = ("October 4, 2022\nEight clubs have changed manager.\nMay 23: Watford appoint Rob Edwards.\n"
                "June 1: QPR appoint Michael Beale.\nJuly 3: Birmingham appoint John Eustace.\n")
    assert _days(managers, "2022-10-04")[1:] == [("May 23", "2022-05-23"), ("June 1", "2022-06-01"),
                                                ("July 3", "2022-07-03")]
    # ... nor does an article that is no chronology: its days are placed near its DCT
    article = "The company was founded on March 3, 2001. Its shares fell on Nov. 5 and rose on Nov. 6."
    assert _days(article, "2014-11-20")[1:] == [("Nov. 5", "2014-11-05"), ("Nov. 6", "2014-11-06")]
