STEM='f_en523_fundraising_gala'
LANG='en'
MEETING={"title":"Winter Lights Gala 2026 - Organising Committee","date":"2026-09-12","start":"10:00","end":"11:50",
 "location":"Harbourlight Children's Trust office, meeting room 1",
 "host":"Diane Whitaker","recorder":"Jess McAllister",
 "attendees":[
  {"name":"Diane Whitaker","department":"Board of Trustees","title":"Trustee, Gala Committee Chair"},
  {"name":"Felipe Rojas","department":"Board of Trustees","title":"Treasurer"},
  {"name":"Samuel Osei","department":"Fundraising","title":"Head of Fundraising"},
  {"name":"Jess McAllister","department":"Fundraising","title":"Events Coordinator"},
  {"name":"Nora Kim","department":"Communications","title":"Communications Officer"},
  {"name":"Victor Lang","department":"Volunteer Team","title":"Volunteer, Sponsorship Lead"},
  {"name":"Agnes Bell","department":"Volunteer Team","title":"Volunteer, Auction Lead"}],
 "agenda":["Venue","Ticket pricing","Sponsorship","Auction","Communications timeline","Accessibility","Budget"],
 "consent":{"confirmed":True,"method":"Jess explained the recording was for the minutes only; all present agreed verbally","by":"Jess McAllister"}}
SPEAKERS={"S1":"Diane Whitaker","S2":"Felipe Rojas","S3":"Samuel Osei","S4":"Jess McAllister","S5":"Nora Kim","S6":"Victor Lang","S7":"Agnes Bell"}
LINES='''
S1: Morning all, thank you for giving up a Saturday. There are pastries, Agnes brought them, so be nice to her.
S7: They're from the deli on Quay Street. Which, actually, is relevant later.
S1: Ha, okay. Jess is recording for the minutes, everyone fine with that? Good.
S1: So, ten weeks out. The gala's Friday the twentieth of November. Venue first, because we really can't do anything else until that's nailed down.
S3: Right. So we've got two realistic options. The Grand Assembly Rooms, which is where we were in 2024, or the Maritime Museum, the gallery with the boats hanging from the ceiling.
S5: The museum would look incredible on Instagram.
S3: It would. But the museum caps us at one hundred and sixty seated, and they insist on their own caterer, which is forty-two a head before drinks.
S2: And the Assembly Rooms?
S3: Two hundred and twenty seated, we can bring our own caterer, and the hire is six thousand eight hundred including the AV.
S6: The museum's offering to waive the hire though, isn't it?
S3: They are, but with a hundred and sixty people and their catering price, we'd raise less. I ran it both ways. The Assembly Rooms comes out about nine thousand better on a full house.
S7: And the lift at the museum is tiny. We've got at least three regular guests in wheelchairs.
S1: That's a real point.
S5: Okay, okay, I'll let go of the boats.
S1: I think we're there. Unless anyone feels strongly, we go with the Grand Assembly Rooms. @d_venue
S2: Agreed.
S6: Yes.
S1: Samuel, what do they need from us?
S3: Signed contract and the twenty percent deposit. They're holding the date for us until Wednesday.
S1: Then please get it signed and back to them by Wednesday, deposit and all. @a_contract
S3: Will do. Felipe, I'll need you to release the deposit. @a_contract_ok @a_dep_ask
S2: I can release it Monday from the trust account, just send me the invoice. @a_deposit
S1: Tickets. Last year we did seventy-five, and we lost money per head once you add the drinks reception.
S6: I'd say eighty-five. Any higher and we lose the younger crowd, the ones who come with their work friends.
S5: Eighty-five feels right to me.
S1: Okay, let's say eighty-five a ticket then, and tables of ten at eight hundred. @x_85
S4: Eighty-five. Got it.
S2: Sorry, can I come back on that? I've just been doing the per head on the back of the agenda.
S2: With the caterer's quote at fifty-one a head, the band, the AV and the reception, we're at about seventy-eight per person before we raise a penny. At eighty-five we barely cover the door.
S6: But the auction is where the money is, not the tickets.
S2: It is, but if the auction has a bad night, we've run a party at a loss. The trustees won't like that, and I'm one of them.
S3: He's right. Ninety-five still compares fine with the hospice ball, and they charge a hundred and ten.
S7: I'd pay ninety-five. I'm a pensioner.
S1: Alright, I'm persuaded. Forget the eighty-five. It's ninety-five a ticket, and nine hundred for a table of ten. Does anyone object? No? Ninety-five it is. @d_price
S4: Ninety-five, noted.
S1: Sponsorship. Victor.
S6: So we've got Harper and Lowe Solicitors confirmed as headline, that's five thousand. The brewery's giving the drinks reception in kind.
S6: Then three that are warm but not signed. Coastline Energy, the Audi dealership, and Meridian Insurance.
S1: What's the hold-up?
S6: Mostly the sign-off on their end. Meridian's marketing person is on maternity leave and nobody else seems to be able to say yes.
S1: Can you keep chasing all three? I'd love to know where we stand by the end of the month so we can print the sponsor boards. @a_sp_ask
S6: Yeah. I'll chase them all and have answers by the end of the month. @a_sponsors
S6: You know what would really get them over the line? If we had a name host. Like, imagine if we got someone off the local news, or one of the Strictly dancers.
S5: That'd be amazing for coverage.
S2: And a fee, usually.
S6: Not always, some do charities for free. I'm just saying if we could, it'd change things.
S1: Let's hold that thought. It's a nice idea but nobody's got a contact, have they? @x_celeb
S6: Not really, no.
S1: Auction. Agnes.
S7: So. I've got fourteen items promised so far. The best are the week in the Cornish cottage, a signed football shirt, and a cooking class at the Anchor.
S7: And I've already got the hamper from the deli, it's in my spare room. That's the relevance, Diane. @x_hamper
S1: Ha! Perfect.
S3: Format-wise, last year's all-paper silent auction was chaos. People couldn't read the bid sheets and two items got double-bid.
S4: What about putting the silent auction online, on the phones, so people can bid from the table, and then just do a handful of big lots live with the auctioneer?
S7: I like that. Five live lots, maybe. The cottage, the shirt, the cooking class and two more.
S2: Online platforms take a cut, mind.
S4: The one I looked at is three percent, and it opens a week before so people can bid who can't come.
S6: That's good, actually, the sponsors could share it.
S1: Everyone comfortable? Online silent auction, plus five live lots on the night?
S5: Yes.
S3: Yep.
S1: Good, we'll go with that. @d_auction
S7: Can I ask for something? Last year we had a spa voucher go in the catalogue and the spa then said they'd never agreed to it. Awful.
S3: Oh, I remember. We ended up paying for it ourselves.
S7: So I'd like us to say nothing goes in the catalogue unless the donor's signed the donation form. No form, no listing.
S1: I think that's just sensible. Let's make that the rule, for this year and going forward. Every item needs a signed donor form before it goes in the catalogue. @d_form
S7: Thank you.
S1: And the catalogue itself?
S7: I'll pull together a draft catalogue with photos and descriptions. I can have that done for our next meeting. @a_catalogue
S1: Lovely. Comms. Nora.
S5: So I want a save-the-date out before the ticket page goes live. Short email, the date, the venue, the image from last year with the lanterns. @a_sd0
S1: When?
S5: Monday. I've got it mostly written, I just needed the venue, which I now have. @a_savedate
S3: Don't put the price in it till the contract's back.
S5: I won't, it's just a save-the-date.
S1: And the socials?
S5: Can we come back to socials next time? I want to see how the save-the-date lands first. @x_social
S1: Fine. Accessibility. Nora, you did the access audit for the summer fete, could you do the walk-round with the Assembly Rooms?
S5: I'd normally jump at it, but I'm at the sector conference in Leeds most of the next fortnight and I'd hate to hold it up. @x_nora
S4: I can do it. I'm there anyway for the menu tasting, I'll take the checklist and go round with their duty manager. @a_access_vol
S1: Thanks, Jess. Can we have it done within ten days? If there's a problem with the ramp I want time to fix it.
S4: Within ten days, yes, no problem. @a_access
S7: Check the hearing loop. Last time it was switched off the whole night.
S4: Hearing loop, noted.
S1: Table hosts. We said every table should have someone from the trust on it, a volunteer or a staff member, who can talk about the work.
S6: That's always been the volunteer team's job. The volunteer team just needs to get the names together, really.
S1: Then let's leave it with the volunteer team to find twenty-two table hosts. @a_hosts
S6: I'll mention it at the volunteer coffee morning, but it'll be the whole team, not just me.
S1: Understood. Raffle. Are we doing one?
S3: I'd rather not decide now. We've got the online auction, I don't want to cannibalise it. Can we look again in October once we see how the bids are going?
S1: Fine, we park the raffle for now. @x_raffle
S1: Entertainment. We haven't actually booked anything, have we?
S3: Not yet. I've got two quotes. The Swing Tide, the eight-piece, is three thousand two hundred. Or a DJ with a sax player is nine hundred.
S2: Three thousand two hundred?
S3: For the evening, with a break. They were brilliant at the Rotary dinner.
S6: People do dance more with a live band. The DJ always feels like a wedding.
S7: I liked the band in 2024. The one with the trumpet.
S3: That was the Swing Tide, Agnes.
S7: Oh! Well then.
S5: Could we get a student band from the music college? They sometimes do charities for expenses.
S3: We could ask, but I'd worry about quality on a night people are paying ninety-five for.
S2: I'd rather not commit three thousand until I've done the budget, honestly. Can we hold it till I've got the numbers?
S1: That's fair. Let's not book anything today. We'll see what Felipe's budget says. @x_band
S6: Did you say they were at the Rotary in Poole?
S3: Rotary. Not Poole. Here, at the Marine Hotel.
S6: Ah, I thought you said Poole. I was going to say, that's a long way to bring an eight-piece.
S4: If we did go with the band, we'd need the stage extension from the venue. That's another four hundred.
S1: Noted. Again, once the budget's in.
S4: They're holding the stage extension for us anyway, no charge until we confirm.
S1: Perfect.
S1: Felipe, budget. With the new ticket price, the venue, the auction fees, can you rework it?
S2: Yes. I'll do a revised budget, the full version, with a worst case in it. @a_budget_ok
S1: When can we have it?
S2: By the twenty-fifth. I've got the quarter-end for the trust before that. @a_budget
S1: That's fine.
S3: The caterer's final quote is already in your inbox, I sent it on Thursday.
S2: Got it, thanks.
S1: Okay. Anything else? No. Next meeting. I was going to say the twenty-sixth.
S4: I'm at a wedding on the twenty-sixth.
S2: And I'm at the quarter-end thing, remember.
S1: Okay, the week after then. Saturday the third of October. Half ten, because I'm clearly the only one who likes early. @nm0
S7: Half ten's better for me, the bus is awful before ten on a Saturday.
S1: Third of October, half ten, here. @nm
S6: I'll bring the pastries next time.
S1: You'd better. Thanks, everyone.
'''
DECISIONS=[
 {"text":"The gala will be held at the Grand Assembly Rooms rather than the Maritime Museum.","ev":["d_venue"]},
 {"text":"Tickets are priced at £95 each and £900 for a table of ten.","ev":["d_price"]},
 {"text":"The silent auction will run online, with five live lots on the night.","ev":["d_auction"]},
 {"text":"Every auction item must have a signed donor form before it goes into the catalogue, this year and going forward.","ev":["d_form"]},
]
ACTIONS=[
 {"task":"Sign and return the Grand Assembly Rooms contract with the 20% deposit","owner":"Samuel Osei","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Signed venue contract and deposit","ev":["a_contract","a_contract_ok"]},
 {"task":"Release the venue deposit from the trust account once the invoice is received","owner":"Felipe Rojas","due_rule":"next:mon","due_text":"Monday","deliverable":"Deposit payment","ev":["a_dep_ask","a_deposit"]},
 {"task":"Chase Coastline Energy, the Audi dealership and Meridian Insurance for sponsorship answers","owner":"Victor Lang","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Sponsor answers","ev":["a_sp_ask","a_sponsors"]},
 {"task":"Compile a draft auction catalogue with photos and descriptions","owner":"Agnes Bell","due_rule":"next_meeting","due_text":"for our next meeting","deliverable":"Draft auction catalogue","ev":["a_catalogue"]},
 {"task":"Send the save-the-date email (date and venue, no price)","owner":"Nora Kim","due_rule":"next:mon","due_text":"Monday","deliverable":"Save-the-date email","ev":["a_sd0","a_savedate"]},
 {"task":"Do the accessibility walk-round of the Grand Assembly Rooms with their duty manager, including the ramp and hearing loop","owner":"Jess McAllister","due_rule":"days:10","due_text":"within ten days","deliverable":"Accessibility check","ev":["a_access_vol","a_access"]},
 {"task":"Find 22 table hosts for the gala","owner":None,"department":"Volunteer Team","due_rule":None,"due_text":None,"deliverable":"List of table hosts","ev":["a_hosts"]},
 {"task":"Prepare a revised gala budget including a worst case","owner":"Felipe Rojas","due_rule":"dom:25","due_text":"by the twenty-fifth","deliverable":"Revised budget","ev":["a_budget_ok","a_budget"]},
]
NEXT={"date_rule":"iso:2026-10-03","time":"10:30","ev":["nm0","nm"],"text":"Gala organising committee, same room"}
NOT_ACTIONS=[
 {"ev":["x_85"],"why":"£85 ticket price agreed first, then reversed to £95","kind":"superseded","target":"decision"},
 {"ev":["x_celeb"],"why":"Celebrity host idea; nobody has a contact, not taken up","kind":"hypothetical"},
 {"ev":["x_hamper"],"why":"Deli hamper already collected","kind":"completed"},
 {"ev":["x_nora"],"why":"Nora asked to do the accessibility walk-round but unavailable; Jess took it","kind":"reassigned"},
 {"ev":["x_band"],"why":"Band or DJ booking put off until the revised budget","kind":"deferred"},
 {"ev":["x_raffle"],"why":"Raffle parked until October","kind":"deferred"},
 {"ev":["x_social"],"why":"Social media plan put off to the next meeting","kind":"deferred"},
]
EXTRA={"note":"Meeting on a Saturday, so 'by Wednesday' and 'Monday' fall in the following week. The £85 price is superseded by £95. Table hosts assigned to the volunteer team as a group (Victor explicitly says it is not just him). Next meeting moved from the 26th to 3 October."}
