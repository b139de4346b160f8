#include "names.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "fold8.h"
#include "entities.h"
#include "gaz_memo.h"
#include "gazetteer.h"
#include "name_memo.h"
#include "words.h"

static const char *const stop[] = {
	/* function words that start sentences */
	"The", "A", "An", "In", "On", "At", "Of", "And", "Or", "But", "For", "With", "By", "From",
	"To", "As", "After", "Before", "During", "Since", "Despite", "Although", "However", "Then",
	"This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "His", "Her", "Its",
	"Their", "Our", "There", "Here", "When", "While", "Where", "Who", "What", "Which", "If",
	"Also", "Both", "Further", "Many", "Some", "According", "Following", "Due", "Under", "Over",
	"Between", "Among", "Until", "Once", "Upon", "Not", "No", "All", "Each", "Every", "Most",
	"Other", "Such", "Only", "Even", "Like", "Unlike", "Because", "Thus", "Therefore", "Later",
	"Earlier", "Today", "Yesterday", "Meanwhile", "Relations", "Diplomatic", "Initially",
	/* organization, place and event keywords */
	"War", "Wars", "Affairs", "Center", "Centre", "Research", "Institute", "University",
	"College", "School", "Ministry", "Department", "Bureau", "Office", "Agency", "Council",
	"Committee", "Commission", "Union", "Organization", "Organisation", "Association", "Party",
	"Project", "Group", "Bank", "Fund", "Service", "News", "Journal", "Press", "Times", "Post",
	"Foundation", "Library", "Shrine", "Temple", "Sea", "Ocean", "River", "Lake", "Mountain",
	"Mountains", "Peninsula", "Strait", "Bay", "Gulf", "Island", "Islands", "Isles", "Rocks",
	"Federation", "Republic", "Kingdom", "Empire", "State", "States", "Government", "Parliament",
	"Congress", "Senate", "Assembly", "Army", "Navy", "Air", "Force", "Forces", "Police", "Guard",
	"Foreign", "Defense", "Defence", "Minister", "President", "Prime", "Secretary", "General",
	"Director", "Deputy", "Vice", "Chairman", "Ambassador", "King", "Queen", "Emperor",
	"Chancellor", "Premier", "Policy", "Declaration", "Protocol", "Agreement", "Act", "Summit",
	"Treaty", "Pact", "Accord", "Convention", "Conference", "Street", "Avenue", "Square",
	"Palace", "House", "Embassy", "Consulate", "Consulate-General", "Crisis", "Revolution",
	"Movement", "Front", "Pacific", "Atlantic", "Asia", "Europe", "Africa", "Eastern", "Western",
	"Northern", "Southern", "Central", "East", "West", "North", "South", "National",
	"International", "Global", "World", "Cold", "Public", "Civil", "Royal", "Imperial",
	"Communist", "Democratic", "People", "Peoples", "Attitudes", "Survey", "Poll",
	"Encyclopedia", "Heritage", "Wikipedia", "Inc", "Ltd", "Company", "Corporation", "Database",
	"See", "References", "Notes", "Retrieved", "Accessed", "Map", "Flag", "Email", "Trade",
	"Economic", "Security", "Development", "Cooperation", "Independence", "Additional",
	"Secret", "Basic", "Day", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "Christmas", "Islamic", "Christian", "Orthodox", "Catholic",
	"Extreme", "Gang", "Opinion", "Cabinet", "Administration", "Prefecture", "Province",
	"Region", "Oblast", "Krai", "District", "City", "County", "Airport", "Port", "Harbor",
	"Station", "Bridge", "Canal", "Museum", "Stadium", "Hospital", "Church", "Cathedral",
	"Prize", "Award", "Games", "Olympics", "Olympic", "Cup", "Championship", "Festival",
	"Exchange", "Market", "Energy", "Oil", "Gas", "Nuclear", "Military", "Naval", "Maritime",
	"Coast", "Border", "Peace", "Mission", "Programme", "Program", "Initiative", "Strategy",
	"Agenda", "Report", "Review", "Magazine", "Daily", "Herald", "Tribune", "Gazette", "Radio",
	"Television", "TV", "Broadcasting", "Network", "Media", "Online", "Check", "Help", "Terms",
	"Privacy", "Copyright", "Member", "Members", "Support", "Act", "Law", "Code", "Constitution",
	"Court", "Tribunal", "Trust", "Fair", "Open", "Access", "Publishing", "Science",
	"Technology", "Medicine", "Health", "Human", "Services", "Book", "Books", "Press",
	"Beyond", "Scenarios", "Region", "Russo", "Sino", "Anglo", "Franco", "Indo", "Crown",
	"Heights", "Hills", "Valley", "Plateau", "Desert", "Basin", "Line", "Zone", "Area",
	"Corridor", "Pass", "Coast", "Camp", "Fort", "Base", "Cape", "Mount", "Glacier", "Creek",
	"Forest", "Park", "Gate", "Wall", "Tower", "Castle", "Hall", "Centre", "Plaza",
	"Incident", "Massacre", "Affair", "Uprising", "Rebellion", "Battle", "Siege", "Invasion",
	"Operation", "Campaign", "Doctrine", "Plan", "Talks", "Dialogue", "Forum", "Partnership",
	/* honorifics: before a name, not in it (relkg_name_skip_honorific) */
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Shri", "Sri", "Smt", "Mme", "Prince", "Princess", NULL};

/* The stop list in a hash set built once (open addressing): a name is
 * checked word by word, and a scan of the list cost more than the rest of
 * the rule sets.  A word's key is its first eight bytes ASCII-lower-cased
 * (read and folded at once, not byte by byte), with its length: the key
 * decides for the words of eight bytes or fewer, most of them. */
#define N_STOP (sizeof(stop) / sizeof(stop[0]) - 1)
#define STOP_SLOTS 1024u /* a power of two, over twice N_STOP */
typedef struct {
	uint64_t key;     /* relkg_fold8 of the word */
	size_t len;       /* bytes */
	const char *word; /* NULL: an empty slot */
} stop_slot;
static stop_slot stop_set[STOP_SLOTS];
static size_t stop_longest; /* bytes of the longest stop word */
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static uint32_t stop_slot_of(uint64_t key, size_t n)
{
	return (uint32_t)(((key ^ n) * UINT64_C(0x9E3779B97F4A7C15)) >> 54) & (STOP_SLOTS - 1);
}

/* Is s[0..n) w, ASCII case-insensitively (relkg_word_cmp's equality)? */
static int folded_equal(const unsigned char *s, size_t n, const char *w)
{
	for (size_t k = 0; k < n; ++k) {
		if (w[k] == '\0' || lower_ascii(s[k]) != lower_ascii((unsigned char)w[k])) {
			return 0;
		}
	}
	return w[n] == '\0';
}

/* Is the slot's word s[0..n) (key: relkg_fold8 of s)? */
static int stop_slot_is(const stop_slot *x, uint64_t key, const unsigned char *s, size_t n)
{
	return x->key == key && x->len == n && (n <= 8 || folded_equal(s + 8, n - 8, x->word + 8));
}

static void build_stop(void)
{
	for (size_t i = 0; i < N_STOP; ++i) {
		const unsigned char *w = (const unsigned char *)stop[i];
		size_t n = strlen(stop[i]);
		uint64_t key = relkg_fold8(w, n, n + 1 >= 8 ? 8 : 0); /* the NUL is readable */
		stop_longest = n > stop_longest ? n : stop_longest;
		uint32_t h = stop_slot_of(key, n);
		while (stop_set[h].word && !stop_slot_is(&stop_set[h], key, w, n)) {
			h = (h + 1) & (STOP_SLOTS - 1);
		}
		stop_set[h] = (stop_slot){key, n, stop[i]}; /* a word listed twice keeps one slot */
	}
}

/* Is t[b..e) a stop word?  t is readable up to end (>= e). */
static int is_stop(const char *t, size_t b, size_t e, size_t end)
{
	pthread_once(&stop_once, build_stop);
	if (e <= b || e - b > stop_longest) {
		return 0; /* no stop word is empty or that long */
	}
	const unsigned char *s = (const unsigned char *)t + b;
	size_t n = e - b;
	uint64_t key = relkg_fold8(s, n, end - b);
	for (uint32_t h = stop_slot_of(key, n); stop_set[h].word; h = (h + 1) & (STOP_SLOTS - 1)) {
		if (stop_slot_is(&stop_set[h], key, s, n)) {
			return 1;
		}
	}
	return 0;
}

static int is_initial(const char *t, size_t b, size_t e)
{
	return (e - b == 2 && t[b] >= 'A' && t[b] <= 'Z' && t[b + 1] == '.') ||
	       (e - b == 1 && t[b] >= 'A' && t[b] <= 'Z'); /* "S Jaishankar" */
}

/* Is text[b..e) a regnal number ("II" of "Hassan II", "V", "XVI")? */
static int is_regnal(const char *t, size_t b, size_t e)
{
	if (e <= b || e - b > 6) {
		return 0;
	}
	for (size_t i = b; i < e; ++i) {
		if (!strchr("IVXL", t[i]) || t[i] == '\0') {
			return 0;
		}
	}
	return 1;
}

/* Has the word a lower-case letter (so "NATO", "ITAR-TASS" are no names)? */
static int has_lower(const char *t, size_t b, size_t e)
{
	for (size_t i = b; i < e; ++i) {
		unsigned char c = (unsigned char)t[i];
		if ((c >= 'a' && c <= 'z') || c >= 0x80) {
			return 1;
		}
	}
	return 0;
}

/* What the stop-word test learnt of a word, for the city tests that
 * follow it in parse_name: the stop list's answer and, when asked, the
 * gazetteer's (each asked once a word instead of once a test). */
typedef struct {
	int listed;    /* in the stop list */
	int gaz_asked; /* the gazetteer was asked: found and hit are its answer */
	int found;
	relkg_gz_hit hit;
} word_look;

/* relkg_name_stopword, leaving what it learnt in *lk. */
static int stopword_look(const relkg_ctx *ctx, size_t b, size_t e, size_t end, word_look *lk)
{
	const char *t = ctx->doc->text;
	lk->gaz_asked = 0;
	lk->listed = is_stop(t, b, e, end);
	if (lk->listed) {
		return 1;
	}
	/* the gazetteer before the months: it stops more words (a country's
	 * name, most of them), and city_word asks it after a month anyway */
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	lk->gaz_asked = 1;
	lk->found = relkg_gaz_memo_match_to(ctx, gaz, b, end, &lk->hit);
	if (lk->found && lk->hit.len >= e - b) {
		return 1;
	}
	size_t k;
	if (relkg_month_name(t + b, e - b, &k) && k == e - b) {
		return 1;
	}
	if (relkg_gazetteer_office(gaz, t + b, e - b, &k) != RELKG_GZ_NONE && k == e - b) {
		return 1;
	}
	return 0;
}

int relkg_name_stopword(const relkg_ctx *ctx, size_t b, size_t e, size_t end)
{
	word_look lk;
	return stopword_look(ctx, b, e, end, &lk);
}

static const char *const honorifics[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Shri", "Sri", "Smt",
	"Mme", "Prince", "Princess", "Sheikh", "Sheikha", NULL};
/* a particle inside a name: "Fernández de Kirchner", "Guido di Tella" */
static const char *const particles[] = {"de", "da", "di", "del", "della", "dos", "du", "van",
	"von", "der", "den", "bin", "ibn", "al", "la", "le", NULL};
/* The two lists as word sets (relkg_word_in's answers by first letter):
 * asked before most names and after most of their words. */
RELKG_FITS_WORD_SET(honorifics);
RELKG_FITS_WORD_SET(particles);
static relkg_word_set honorific_set, particle_set;
static pthread_once_t name_words_once = PTHREAD_ONCE_INIT;

static void name_words_init(void)
{
	(void)relkg_word_set_init(&honorific_set, honorifics);
	(void)relkg_word_set_init(&particle_set, particles);
}

size_t relkg_name_skip_honorific(const char *t, size_t i, size_t end)
{
	pthread_once(&name_words_once, name_words_init);
	size_t e = relkg_word_end(t, i, end);
	if (e == i || !relkg_word_set_has(&honorific_set, t, i, e) ||
	    !relkg_is_upper_at(t + i, end - i)) {
		return i;
	}
	if (e < end && t[e] == '.') {
		++e;
	}
	size_t n = relkg_skip_space(t, e, end);
	return n > e && n < end && relkg_is_upper_at(t + n, end - n) ? n : i;
}

/* Bytes of the longest article relkg_name_joined_article finds ("ash-"). */
#define LONGEST_ARTICLE RELKG_PERSON_HEAD_SKIP

size_t relkg_name_joined_article_at(const char *t, size_t b, size_t end)
{
	/* the Arabic article as romanized, with its sun-letter forms */
	static const char *const articles[] = {"al-", "el-", "ul-", "ad-", "ed-", "an-", "ar-",
		"as-", "ash-", "at-", "az-", "ud-", "ur-", "us-", NULL};
	/* asked at every lower-case word: reject without a hyphen at b+2 or b+3 */
	if (b + 3 >= end || (t[b] != 'a' && t[b] != 'e' && t[b] != 'u') ||
	    (t[b + 2] != '-' && t[b + 3] != '-')) {
		return 0;
	}
	for (const char *const *a = articles; *a; ++a) {
		size_t k = strlen(*a);
		if (b + k < end && strncmp(t + b, *a, k) == 0 && relkg_is_upper_at(t + b + k, end - b - k)) {
			return k;
		}
	}
	return 0;
}

/* Is the word [b,e), looked at before (*lk: stopword_look), exactly a
 * city or capital of the gazetteer and in no stop list? */
static int city_word(const relkg_ctx *ctx, size_t b, size_t e, size_t end, word_look *lk)
{
	if (lk->listed) {
		return 0;
	}
	if (!lk->gaz_asked) { /* stopword_look asks it past the stop list: not so now */
		lk->gaz_asked = 1;
		lk->found = relkg_gaz_memo_match_to(ctx, relkg_ctx_gaz(ctx), b, end, &lk->hit);
	}
	return lk->found && lk->hit.len == e - b &&
	       (lk->hit.form == RELKG_GZ_CITY || lk->hit.form == RELKG_GZ_CAPITAL);
}

/* Is the word [b,e) (looked at: *lk) a city's name used as a first name:
 * a city or capital of the gazetteer (no state's name, demonym or
 * organization) followed by a capitalized word that may be in a name
 * ("Santiago Cafiero", "Victoria Nuland")? */
static int city_first_name(const relkg_ctx *ctx, size_t b, size_t e, size_t end, word_look *lk)
{
	const char *t = ctx->doc->text;
	if (!city_word(ctx, b, e, end, lk)) {
		return 0;
	}
	if (e + 1 >= end || t[e] != ' ' || !relkg_is_upper_at(t + e + 1, end - e - 1)) {
		return 0;
	}
	size_t ne = relkg_word_end(t, e + 1, end);
	return ne > e + 1 && has_lower(t, e + 1, ne) && !relkg_name_stopword(ctx, e + 1, ne, end);
}

/* Is the word [b,e) (looked at: *lk), after a first name, a city's name
 * used as a last name: a one-word city or capital of the gazetteer ending
 * the run of capitalized words ("Simon Birmingham", "Steve Lincoln")? */
static int city_last_name(const relkg_ctx *ctx, size_t b, size_t e, size_t end, word_look *lk)
{
	const char *t = ctx->doc->text;
	if (!city_word(ctx, b, e, end, lk)) {
		return 0;
	}
	return !(e + 1 < end && t[e] == ' ' && relkg_is_upper_at(t + e + 1, end - e - 1));
}

static size_t parse_name(const relkg_ctx *ctx, size_t i, size_t end, int *words)
{
	const char *t = ctx->doc->text;
	size_t p = i, last = i;
	int n = 0, regnal = 0;
	*words = 0;
	while (p < end && n < 5) {
		if (!relkg_is_upper_at(t + p, end - p)) {
			break;
		}
		size_t e = relkg_word_end(t, p, end);
		if (n > 0 && is_regnal(t, p, e) &&
		    !(e + 1 < end && t[e] == ' ' && relkg_is_upper_at(t + e + 1, end - e - 1))) {
			++n; /* the last word: "King Mohammed VI" */
			last = e;
			regnal = 1;
			break;
		}
		word_look lk;
		if (e == p || (!is_initial(t, p, e) && !has_lower(t, p, e)) ||
		    (stopword_look(ctx, p, e, end, &lk) &&
		     !(n == 0 && city_first_name(ctx, p, e, end, &lk)) &&
		     !(n > 0 && city_last_name(ctx, p, e, end, &lk)))) {
			if (n > 0 && e > p && relkg_is_upper_at(t + p, end - p)) {
				return i; /* a longer proper noun: "Hiroshi Oe Foundation" */
			}
			break;
		}
		/* an initial must be followed by a further word */
		++n;
		last = e;
		if (e < end && t[e] == ' ' && e + 1 < end && relkg_is_upper_at(t + e + 1, end - e - 1)) {
			p = e + 1;
			continue;
		}
		/* a joined article: "Abdel Fattah el-Sisi", "Omar al-Bashir" */
		if (e + 1 < end && t[e] == ' ' && relkg_name_joined_article(t, e + 1, end)) {
			size_t je = relkg_word_end(t, e + 1, end);
			if (n < 4 && !relkg_name_stopword(ctx, e + 1, je, end)) {
				++n;
				last = je;
				if (je + 1 < end && t[je] == ' ' && relkg_is_upper_at(t + je + 1, end - je - 1)) {
					p = je + 1;
					continue;
				}
				break;
			}
		}
		/* a particle inside a name (particles) */
		if (e < end && t[e] == ' ') {
			size_t q = e + 1, qe = relkg_word_end(t, q, end);
			pthread_once(&name_words_once, name_words_init);
			if (qe > q && qe + 1 < end && t[qe] == ' ' &&
			    relkg_word_set_has(&particle_set, t, q, qe) &&
			    relkg_is_upper_at(t + qe + 1, end - qe - 1)) {
				p = qe + 1;
				continue;
			}
		}
		break;
	}
	int initial_end = (last >= i + 2 && is_initial(t, last - 2, last)) ||
			  (last > i && is_initial(t, last - 1, last) && (last - 1 == i || t[last - 2] == ' '));
	if (n == 0 || n > 4 || (initial_end && !regnal)) {
		return i;
	}
	*words = n;
	return last;
}

size_t relkg_name_parse(const relkg_ctx *ctx, size_t i, size_t end, int *words)
{
	relkg_mentions *m = ctx->mentions; /* the memo is the article's */
	size_t e;
	if (relkg_name_memo_ask(m->names, i, end, &e, words)) {
		return e;
	}
	e = parse_name(ctx, i, end, words);
	relkg_name_memo_put(&m->names, i, end, e, *words);
	return e;
}

/* Is person entity x named w[0..n) by its first or last name? */
static int named_by(const relkg_entity *x, const char *w, size_t n)
{
	if (x->kind != RELKG_ENT_PERSON || x->first_len == RELKG_NONE) {
		return 0;
	}
	const char *surname = x->label + x->last_at;
	size_t surname_len = x->label_len - x->last_at;
	size_t art = relkg_name_joined_article(surname, 0, surname_len);
	if (art && !relkg_name_joined_article(w, 0, n)) {
		surname += art;
		surname_len -= art;
	}
	return (x->first_len == n && strncmp(x->label, w, n) == 0) ||
	       (surname_len == n && strncmp(surname, w, n) == 0 && !is_regnal(surname, 0, n));
}

/* Of the people named w[0..n), the one mentioned last before b (by any
 * form of the name: "Papandreou" after "George Papandreou" was named, of
 * two Papandreous); NONE when none of them was mentioned before b. */
static size_t latest_named(const relkg_ctx *ctx, const char *w, size_t n, size_t b)
{
	const relkg_mentions *m = ctx->mentions;
	size_t best = RELKG_NONE, best_at = 0;
	for (size_t i = 0; i < m->n; ++i) { /* unsorted: this sentence's are appended */
		const relkg_mention *x = &m->ms[i];
		if (x->span.end <= b && (best == RELKG_NONE || x->span.begin > best_at) &&
		    named_by(&m->ents[x->entity], w, n)) {
			best = x->entity;
			best_at = x->span.begin;
		}
	}
	return best;
}

size_t relkg_name_known_person(const relkg_ctx *ctx, size_t b, size_t e)
{
	const relkg_mentions *m = ctx->mentions;
	const char *w = ctx->doc->text + b;
	size_t n = e - b, found = RELKG_NONE;
	if (n > 0 && !relkg_mentions_may_name_person(m, w, n)) {
		return RELKG_NONE; /* no person's name begins so */
	}
	for (size_t j = 0; j < m->n_person_ents; ++j) { /* the people with a space in the label */
		size_t i = m->person_ents[j];
		const relkg_entity *x = &m->ents[i];
		size_t surname_len = x->label_len - x->last_at;
		if (x->first_len != n && (surname_len < n || surname_len - n > LONGEST_ARTICLE)) {
			continue; /* neither name has n bytes, even less an article */
		}
		if (named_by(x, w, n)) {
			if (found != RELKG_NONE && found != i) {
				return latest_named(ctx, w, n, b);
			}
			found = i;
		}
	}
	return found;
}
