// The small vocabularies the name finder uses: general English and news-writing knowledge, none of it about one
// article (no names of people, nations or parties). Every word is folded (lower case, no accents).

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that open sentences and are capitalised only for that: a capitalised run that starts with one loses it. */
export const FUNCTION_WORDS = words(`
  a an the this that these those it its he she they we you i his her their our my your them him us me
  in on at by for from to of with without within into onto over under after before since during while when where why how
  what which who whom whose if then than as and but or nor so yet though although because despite following beginning
  following according among amid between beyond across along around about against toward towards upon via per
  there here also still even only just not no yes all some any each every both either neither many much more most few
  one two three four five six seven eight nine ten first second third last next another other such
  is are was were be been being has have had do does did will would can could may might must shall should
  mr mrs ms dr reporters officials critics analysts sources today yesterday tomorrow meanwhile however instead
  once later earlier now soon perhaps indeed thus hence
`);

/** Capitalised words that never name anything by themselves. */
export const CALENDAR_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);

/** Titles before a person's name: "President Donald Trump" names Donald Trump. */
export const TITLE_WORDS = words(`
  president vice prime minister premier chancellor king queen prince princess emperor pope cardinal bishop
  leader supreme chairman chairwoman chair secretary general senator congressman congresswoman representative
  governor mayor ambassador envoy spokesman spokeswoman spokesperson commander marshal colonel captain admiral
  lieutenant sergeant major judge justice sheikh ayatollah sir lord lady dame mr mrs ms dr prof professor reporter
  correspondent former late foreign defense defence deputy chief
`);

/** Words that make a name an organisation's. */
export const ORGANISATION_WORDS = words(`
  party ministry committee council agency army navy force forces bank company corporation corp inc ltd group
  university college school association union organization organisation commission department office institute
  foundation court parliament congress senate assembly government administration bureau authority service
  fund league alliance federation news times post press network agency guard police fleet brigade division
  regiment command embassy cabinet tribunal
`);

/** Words that make a name an event's, and event nouns of lower-case phrases ("a bilateral meeting"). */
export const EVENT_WORDS = words(`
  war wars revolution summit summits games olympics crisis treaty accord accords agreement conference forum
  election elections referendum parade parades invasion meeting meetings talks visit ceremony celebration
  sanctions negotiations coup protest protests strike strikes attack attacks bombing massacre uprising rebellion
  trial hearing inauguration funeral festival exercise exercises drills commemoration anniversary offensive
  blockade siege occupation annexation ceasefire truce pandemic epidemic deal deals pact
`);

/** Words that make a name a place's. */
export const PLACE_WORDS = words(`
  hall square palace street avenue road river sea ocean island islands mountain mountains mount lake bay gulf valley
  city province region airport station bridge building tower park gate peninsula strait harbor harbour port
  stadium cathedral temple mosque church kremlin district county village town desert coast cosmodrome spaceport
  airbase base camp prison zone
`);

/** Words that make a name a nation's. */
export const NATION_WORDS = words('republic kingdom states federation emirates union democratic');

/** Nouns after a name that say it is an idea: "the Juche ideology". */
export const IDEA_WORDS = words('ideology ideologies doctrine doctrines theory thought creed philosophy');

/** Prepositions before a place: "in Beijing". */
export const PLACE_PREPOSITIONS = words('in at from to near into across toward towards via outside inside around');

/** Words ending in -ism that are not ideologies. */
export const NOT_IDEOLOGIES = words(`
  mechanism mechanisms tourism criticism criticisms organism organisms journalism optimism pessimism skepticism
  scepticism cynicism prism truism witticism baptism metabolism magnetism heroism absenteeism favoritism favouritism
  euphemism plagiarism mannerism exorcism vandalism aneurism rheumatism autism alcoholism astigmatism
`);

/** Words ending in -ist that name a trade, not a belief. */
export const NOT_BELIEFS = words(`
  journalist journalists scientist scientists specialist specialists economist economists tourist tourists artist
  artists columnist columnists novelist novelists therapist therapists linguist linguists dentist pianist
  guitarist cyclist motorist chemist pharmacist biologist physicist psychologist analyst finalist finalists
  checklist playlist wishlist shortlist
`);

/** Function words a lower-case modifier of an event noun cannot be ("the meeting", "their meeting"). */
export const NOT_MODIFIERS = FUNCTION_WORDS;
