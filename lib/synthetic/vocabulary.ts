// Word lists and sentence templates of the synthetic news corpus. Slots in braces are filled by
// lib/synthetic/article.ts: {place} {place2} {primary} {country} {demonym} {city} {person} {official}
// {surname} {trap} {org} {outlet} {number} {number2} {percent} {amount} {date} {weekday} {month}.
// Names that are also place names ("Jordan", "Georgia", "Houston") are deliberate: real news is full of
// them and the geoparser must not map them.

/** Given names, some of them place names too. */
export const GIVEN_NAMES = [
  'Anna', 'Maria', 'Elena', 'Sarah', 'James', 'David', 'Michael', 'Olga', 'Ahmed', 'Fatima', 'Li', 'Wei', 'Hiroshi',
  'Yuki', 'Carlos', 'Lucia', 'Pierre', 'Sophie', 'Hans', 'Ingrid', 'Raj', 'Priya', 'Kwame', 'Amara', 'Ivan', 'Natalia',
  'Omar', 'Leila', 'Thomas', 'Emma', 'Daniel', 'Grace', 'Samuel', 'Rachel', 'Jordan', 'Georgia', 'Florence', 'Victoria',
  'Austin', 'Sydney', 'Chad', 'Paris', 'Dallas', 'Madison', 'Savannah', 'Orlando', 'Chelsea', 'Devon', 'Adelaide', 'Lincoln',
];

/** Surnames, some of them place names too. */
export const SURNAMES = [
  'Kovacs', 'Petrenko', 'Okafor', 'Nakamura', 'Schmidt', 'Haddad', 'Moreau', 'Rossi', 'Silva', 'Chen', 'Kim', 'Park',
  'Novak', 'Ivanova', 'Mensah', 'Fernandez', 'Gupta', 'Larsen', 'Andersson', 'Costa', 'Yilmaz', 'Nguyen', 'Rahman',
  'Walker', 'Bennett', 'Reyes', 'Tanaka', 'Dubois', 'Weber', 'Hughes', 'Houston', 'Lincoln', 'Chester', 'Hamilton',
  'Preston', 'Kingston', 'Clinton', 'Jackson', 'Warsaw', 'Bristol', 'Sheffield', 'Denver', 'Hudson', 'Florence', 'Adams',
];

export const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Gen.', 'Mr.', 'Ms.', 'Dr.',
  'Sen.', 'Gov.', 'Mayor', 'Ambassador', 'spokesperson', 'Secretary-General', 'Col.', 'Prof.',
];

/** Organisations, including ones named after places ("the Moscow Times", "Real Madrid"). */
export const ORGANISATIONS = [
  'the United Nations', 'the U.N. Security Council', 'the World Bank', 'the International Monetary Fund', 'NATO',
  'the European Commission', 'the Red Cross', 'the World Health Organization', 'Amnesty International', 'the African Union',
  'the Washington Post', 'the Moscow Times', 'Real Madrid', 'the Bank of England', 'the Kyiv School of Economics',
  'the Asian Development Bank', 'Doctors Without Borders', 'the International Atomic Energy Agency', 'OPEC',
  'the Federal Reserve', 'the Paris Club', 'Human Rights Watch', 'the Texas Rangers', 'Inter Milan',
];

export const OUTLETS = [
  'The Daily Ledger', 'Harbor Courier', 'Global Wire', 'The Evening Standard-Post', 'Continental Review', 'Northern Dispatch',
  'The Meridian', 'Atlas News Service', 'Pacific Observer', 'The Weekly Compass', 'Frontline Bulletin', 'Riverside Chronicle',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** News style abbreviates a month before a day ("Jan. 12", "Sept. 3"). */
export const MONTHS_BEFORE_DAY = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export type Topic = 'diplomacy' | 'conflict' | 'economy' | 'climate' | 'sport' | 'culture';
export const TOPICS: readonly Topic[] = ['diplomacy', 'conflict', 'economy', 'climate', 'sport', 'culture'];

/** Headline patterns per topic ({primary} is the article's main place). */
export const HEADLINES: Record<Topic, readonly string[]> = {
  diplomacy: [
    'Talks in {primary} Stall as {demonym} Envoys Walk Out', '{primary} Hosts Summit on Regional Security',
    'Ministers Meet in {primary} to Revive Trade Pact', '{demonym} Delegation Arrives in {primary} for Talks',
  ],
  conflict: [
    'Fighting Intensifies Near {primary}', 'Ceasefire Holds in {primary} for a Third Day',
    'Drone Strikes Reported Across {primary}', 'Aid Convoys Reach {primary} After Weeks of Delay',
  ],
  economy: [
    '{primary} Exports Slow as Demand Weakens', 'Investors Eye {primary} as Rates Fall',
    'Port Strike in {primary} Disrupts Shipping', 'New Factory Brings Jobs to {primary}',
  ],
  climate: [
    'Floods Force Thousands From Homes in {primary}', 'Heat Wave Grips {primary} as Records Fall',
    'Drought Threatens Harvest Across {primary}', 'Storm Makes Landfall Near {primary}',
  ],
  sport: [
    '{primary} Celebrates Historic Win', 'Marathon Returns to the Streets of {primary}',
    'Fans Flock to {primary} for the Final', 'Young Team From {primary} Stuns the Favourites',
  ],
  culture: [
    'Film Festival Opens in {primary}', 'Museum in {primary} Returns Looted Artefacts',
    'A Century-Old Theatre in {primary} Reopens', 'Writers Gather in {primary} for Book Fair',
  ],
};

/** Sentences for one topic. */
export const TOPIC_SENTENCES: Record<Topic, readonly string[]> = {
  diplomacy: [
    'Delegations from {place} and {place2} met behind closed doors on {weekday}, according to two officials familiar with the talks.',
    '"We came to {primary} to listen, not to lecture," {official} told reporters outside the conference hall.',
    'The {demonym} side has insisted that any agreement must include guarantees on border crossings and grain exports.',
    '{official} is expected to travel to {place} next week before returning to {city} for a vote in parliament.',
    'Diplomats said the draft text, seen by {outlet}, would commit both governments to a timetable of at least {number} months.',
    'A senior adviser to {person} said the talks in {primary} had been "frank, long and at times uncomfortable."',
    'Observers from {org} were allowed to attend the opening session but were asked to leave before the vote.',
    'The U.S. and the U.K. issued a joint statement welcoming the meeting and urging restraint on all sides.',
    'Officials in {country} have not commented publicly on the proposal, which would also involve {place2}.',
  ],
  conflict: [
    'Residents of {place} reported hearing explosions shortly after midnight, and power was cut to several districts.',
    'The regional governor said {number} people had been wounded in the shelling of {place} and nearby villages.',
    '"The night was the worst we have had since the spring," said {trap}, a teacher who fled {place} with her two children.',
    '{demonym} forces claimed to have pushed back an attack near {place2}, a claim that could not be independently verified.',
    'Satellite images published by {outlet} appeared to show damaged warehouses on the outskirts of {city}.',
    'Aid workers from {org} said convoys bound for {primary} had been held up at checkpoints for days.',
    '{official} accused {country} of violating the ceasefire and called for an emergency session of {org}.',
    'Roads between {place} and {place2} were closed to civilians on {weekday} as troops moved north.',
    'Since {date}, at least {number} families have left the area, local officials said.',
  ],
  economy: [
    'Exports from {place} fell {percent} percent in the third quarter, the statistics office said on {weekday}.',
    'Economists at {org} expect growth in {country} to slow to {percent} percent next year.',
    '"Our orders from {place2} have halved since {month}," said {trap}, who runs a textile firm outside {city}.',
    'The central bank in {primary} held its main interest rate at {percent} percent, in line with forecasts.',
    '{demonym} manufacturers have warned that higher energy prices could cost them {amount} this winter.',
    'Shipping rates between {place} and {place2} have doubled since {month}, according to data compiled by {outlet}.',
    'The government of {country} unveiled a {amount} package of tax breaks aimed at small businesses.',
    'Analysts said the decision by the U.S. Federal Reserve would weigh on currencies across {place}.',
    'A new rail link to {city} is expected to cut freight times by {number} hours when it opens next year.',
  ],
  climate: [
    'Rivers burst their banks across {place} after {number} millimetres of rain fell in two days.',
    'Emergency services in {primary} said they had rescued more than {number} people from rooftops and cars.',
    '"I have lived in {city} all my life and I have never seen water this high," said {trap}, a retired nurse.',
    'Temperatures in {place} climbed above 44 degrees Celsius on {weekday}, breaking a record set in {month} 2019.',
    'Scientists at {org} said the drought in {place2} was made more likely by a warming climate.',
    'Farmers in {country} fear they will lose as much as {percent} percent of this year\'s wheat harvest.',
    'Schools in {place} were closed and residents were told to stay indoors as the storm approached.',
    'The {demonym} weather service issued its highest alert for {place2} and the surrounding region.',
    'Relief flights from {place} landed at {city} airport on {weekday} carrying tents, water and medicine.',
  ],
  sport: [
    'Thousands of fans filled the main square of {primary} late on {weekday} to celebrate the win.',
    'The team from {place} scored twice in the final ten minutes to beat their rivals from {place2}.',
    '"Nobody gave us a chance when we left {city}," said coach {person} after the match.',
    'The victory earns {country} a place in the next round, where they will face a side from {place2}.',
    '{trap}, who grew up in {place}, scored the winning goal on her international debut.',
    'Organisers said more than {number} runners from {number2} countries had registered for the race in {primary}.',
    'The stadium in {city} was renovated at a cost of {amount} ahead of the tournament.',
    'Supporters of Real Madrid and Inter Milan who had travelled to {primary} joined the celebrations.',
    '{demonym} sports officials said they would bid to host the championships in {place2}.',
  ],
  culture: [
    'The festival in {primary} opens on {weekday} with a film about a family divided between {place} and {place2}.',
    'Curators said the bronze figures had been taken from {place} in the 19th century and sold in {city}.',
    '"It is a homecoming," said {trap}, the director, who was born in {place} and studied in {city}.',
    'More than {number} visitors are expected in {primary} over the ten days of the fair.',
    'The theatre, built in 1912, was damaged by fire and has been closed since {month} 2015.',
    'Publishers from {country} and {place2} signed a deal to translate {number} novels over three years.',
    'The exhibition, which moves to {place} in the spring, was funded by {org}.',
    '{demonym} critics have praised the production, calling it "the boldest staging in a generation."',
    'Tickets for the opening night in {city} sold out within {number} minutes, organisers said.',
  ],
};

/** Sentences for any topic. */
export const GENERAL_SENTENCES: readonly string[] = [
  '{official} said on {weekday} that the government would "take every step necessary" to protect its citizens.',
  '"We are watching the situation very closely," {person} told {outlet} in a telephone interview.',
  'The announcement came a day after {official} visited {place} and met local leaders.',
  'Officials in {place} declined to comment, citing the sensitivity of the matter.',
  'According to figures released on {date}, the number has risen by {percent} percent since last year.',
  '{person}, an analyst based in {city}, said the move was "largely symbolic but not without consequences."',
  'In a statement, {org} called on all parties to respect international law.',
  'The decision is likely to be welcomed in {place2}, where it has been sought for more than a decade.',
  'It was not immediately clear how many people had been affected.',
  'Critics say the plan does little for people living outside {city}.',
  'Speaking at a news conference in {place}, {official} said talks would continue.',
  'A spokesperson for the {demonym} embassy in {city} said the ambassador had been briefed.',
  '{person} said the U.S. position had "shifted considerably" since the summer.',
  'Local media in {country} reported that at least {number} people had taken part in the protests.',
  'The ministry said it would publish a full report by the end of {month}.',
  'Reporters for {outlet} in {place} and {place2} contributed to this story.',
  'Residents of {place} said they had received little information from the authorities.',
  '"Nobody here trusts the promises any more," said {trap}, 54, a shopkeeper in {city}.',
  'Mr. {surname} did not respond to a request for comment on {weekday}.',
  'The agreement still has to be ratified by lawmakers in {country}.',
  'Asked about the timing, {official} said only that "the facts speak for themselves."',
  'The region around {place} has been a focus of concern for {org} for several years.',
  'Dr. {surname}, who has studied the region for two decades, said the trend would be hard to reverse.',
  'Flights between {city} and {place2} were suspended for several hours on {weekday}.',
];

/** Markdown subheadings for the occasional .md article. */
export const SUBHEADINGS: readonly string[] = [
  'What happens next', 'The view from the ground', 'A long history', 'Why it matters', 'The numbers', 'Reaction abroad',
];
