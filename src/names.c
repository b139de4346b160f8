#include "names.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "entities.h"
#include "gazetteer.h"
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
	NULL};

/* The stop list sorted once for binary search: a name is checked word by
 * word, and a scan of the list cost more than the rest of the rule sets. */
#define N_STOP (sizeof(stop) / sizeof(stop[0]) - 1)
static const char *stop_sorted[N_STOP];
/* stop_sorted[stop_from[c] .. stop_from[c + 1]): the words whose first
 * byte is c ASCII-lower-cased (in that order they are contiguous) */
static size_t stop_from[257];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static void sort_stop(void)
{
	memcpy(stop_sorted, stop, sizeof(stop_sorted));
	qsort(stop_sorted, N_STOP, sizeof(stop_sorted[0]), relkg_word_cmp);
	size_t k = 0;
	for (unsigned c = 0; c < 256; ++c) {
		stop_from[c] = k;
		while (k < N_STOP && lower_ascii((unsigned char)stop_sorted[k][0]) == c) {
			++k;
		}
	}
	stop_from[256] = k;
}

/* A word equal to a stop word (ASCII case-insensitively) shares its
 * lower-cased first byte: only that range is searched. */
static int is_stop(const char *t, size_t b, size_t e)
{
	pthread_once(&stop_once, sort_stop);
	if (e <= b) {
		return relkg_word_in_sorted(t, b, e, stop_sorted, N_STOP);
	}
	unsigned c = lower_ascii((unsigned char)t[b]);
	return relkg_word_in_sorted(t, b, e, stop_sorted + stop_from[c],
				    stop_from[c + 1] - stop_from[c]);
}

static int is_initial(const char *t, size_t b, size_t e)
{
	return e - b == 2 && t[b] >= 'A' && t[b] <= 'Z' && t[b + 1] == '.';
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

int relkg_name_stopword(const relkg_ctx *ctx, size_t b, size_t e, size_t end)
{
	const char *t = ctx->doc->text;
	if (is_stop(t, b, e)) {
		return 1;
	}
	size_t k;
	if (relkg_month_name(t + b, e - b, &k) && k == e - b) {
		return 1;
	}
	relkg_gz_hit hit;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	if (relkg_gazetteer_match(gaz, t + b, end - b, &hit) && hit.len >= e - b) {
		return 1;
	}
	if (relkg_gazetteer_office(gaz, t + b, e - b, &k) != RELKG_GZ_NONE && k == e - b) {
		return 1;
	}
	return 0;
}

size_t relkg_name_parse(const relkg_ctx *ctx, size_t i, size_t end, int *words)
{
	const char *t = ctx->doc->text;
	size_t p = i, last = i;
	int n = 0;
	*words = 0;
	while (p < end && n < 5) {
		if (!relkg_is_upper_at(t + p, end - p)) {
			break;
		}
		size_t e = relkg_word_end(t, p, end);
		if (e == p || (!is_initial(t, p, e) && !has_lower(t, p, e)) ||
		    relkg_name_stopword(ctx, p, e, end)) {
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
		/* a particle inside a name: "Fernández de Kirchner", "Guido di Tella" */
		static const char *const particles[] = {"de", "da", "di", "del", "della", "dos",
			"du", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", NULL};
		if (e < end && t[e] == ' ') {
			size_t q = e + 1, qe = relkg_word_end(t, q, end);
			if (qe > q && qe + 1 < end && t[qe] == ' ' && relkg_word_in(t, q, qe, particles) &&
			    relkg_is_upper_at(t + qe + 1, end - qe - 1)) {
				p = qe + 1;
				continue;
			}
		}
		break;
	}
	if (n == 0 || n > 4 || is_initial(t, last - 2, last)) {
		return i;
	}
	*words = n;
	return last;
}
