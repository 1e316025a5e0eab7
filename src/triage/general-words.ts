// Words outside the repair vocabulary that normalise() still pulls misspellings towards:
// the words the safety, ASB, complaint and enquiry matchers rely on, plus everyday British
// and regional words tenants use. Kept apart from normalise.ts because it is a word list,
// not logic; the repair words themselves come from the catalogue.
/**
 * Non-repair words the other matchers (safety, ASB, complaints, enquiries) rely on, so a
 * misspelling of them is pulled to them too.
 */
export const GENERAL_WORDS = `
please thanks thank because someone somebody anyone everyone nobody nothing something anything today tomorrow
tonight yesterday before again every night people message phone problem problems house flat home property
emergency urgent help police ambulance danger dangerous unsafe safety smell smells smelling gas fire fires
smoke smoking flames burning alarm carbon monoxide electric electrics electricity water flood flooding
abuse abused abusive violent violence threat threats threatened threatening harass harassed harassment
harassing intimidate intimidating intimidation scared frightened afraid terrified attack attacked assault
assaulted punched kicked stabbed knife weapon weapons drugs dealing dealer cannabis weed noise noisy music
party parties shouting screaming swearing arguing fighting banging barking neighbour neighbours racist racism
racial homophobic transphobic hate graffiti litter rubbish tipping dogs fouling vehicle vehicles abandoned
parking motorbike motorbikes youths gang gangs antisocial behaviour complaint complaints complain complained
complaining unhappy disappointed disgusted appalling unacceptable rude ignored ignoring waiting promised
engineer engineers contractor contractors operative appointment appointments cancelled missed compensation
manager ombudsman councillor council suicidal suicide myself overdose harm bleeding unconscious breathing
elderly disabled disability pregnant baby babies children child vulnerable asthma poorly hospital brilliant
excellent amazing lovely helpful compliment rent arrears benefit credit transfer exchange tenancy officer
landlord housing association repair repairs report reported reporting still weeks months days hours minutes
monday tuesday wednesday thursday friday saturday sunday morning afternoon evening weekend week month year
years again since already never always sometimes anymore constantly
bloke blokes lad lads lass lasses mate mates innit geezer bruv fella fellas missus hubby mum mam mummy nan nana
grandad grandma kids telly quid fiver tenner gutted mardy skint dodgy manky grotty skanky minging knackered
brolly cuppa chav chavs scally scallies yob yobs hoodies bbq bbqs barbecue takeaway wheelie cheers pal hun
babe luv aye wee bairn bairns ginnel snicket fags fag vape vaping spliff weed skunk booze boozing pissed
drunk mither mithering nowt owt summat bairn lush proper dead reet ruddy bloody bleeding flipping blimmin
tearing racing revving speeding zooming dealing pulling shouting screaming swearing banging fighting drinking smoking
throwing chucking kicking smashing spitting staring following filming threatening harassing bullying stalking
partying blasting blaring booming thumping stamping stomping arguing rowing crying begging knocking hammering
neglected neglect safeguarding exploited exploiting grooming trafficking cuckooing bruises bruised pension
`;
