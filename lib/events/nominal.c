/*
 * nominal.c - events a sentence reports with a noun instead of a verb.
 *
 *   "during a meeting with Romanian Prime Minister Marcel Ciolacu"  CONSULT
 *   "Talks between Russian and US officials began in Geneva"        CONSULT, both ways
 *   "the deployment of Russian units in Belarus"                    MOBILIZE
 *   "France's offer to lead a NATO battle group here in Romania"    MOBILIZE, announced
 *   "We have not seen any withdrawal of Russian forces"             RETREAT, negated
 *   "offered Russia ... meetings, but Moscow ... is not ready to do so"  REJECT (meet)
 *   "Wendy Sherman will also be present at NATO Headquarters"       CONSULT, announced
 *
 * TABARI's coder reads verbs: after THE or A a verb is a noun and codes
 * nothing, so these events were lost.  A careful coder records them when
 * the noun phrase says who acts (the possessor, "of X", the sentence's
 * subject for a meeting) and, where the type needs it, with whom or where.
 * This pass reads the sentence's words and the actors the coder found in
 * it (sr_coder_mentions, pronouns already resolved); its nouns are a short
 * list of its own, the ones news uses for these acts.  A risk or a
 * possibility ("a possible deployment") is no event; "before a meeting"
 * is one announced.  The pipeline runs it with dictionaries that bring a
 * PLOVER table (ours) only, so TABARI and PETRARCH validation never see it.
 */
#include <ctype.h>
#include <string.h>

#include "events/events.h"

enum { MAX_WORDS = 200 };

typedef struct word {
    uint32_t b0, b1;
    char w[24];    /* lower case; "," for punctuation that ends a phrase */
    int mention;   /* the mention the word belongs to, or -1 */
    int possessive; /* ends in 's */
} word;

typedef struct sentence {
    word v[MAX_WORDS];
    int n;
    const sr_coder_mention *m;
    size_t nm;
} sentence;

static void split_words(sentence *s, const char *text, size_t len)
{
    s->n = 0;
    size_t i = 0;
    while (i < len && s->n < MAX_WORDS) {
        unsigned char ch = (unsigned char)text[i];
        int apostrophe = ch == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                         (unsigned char)text[i + 2] == 0x99; /* U+2019 */
        /* curly double quotes and dashes are punctuation, not the start of
         * a word: an opening quotation mark before "Russian aggression" leaves the mention at "Russian" */
        int punctuation = ch == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                          ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x9D ||
                           (unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94);
        if ((isalnum(ch) || ch >= 0x80) && !punctuation) {
            if (apostrophe) { /* a closing single quote, not inside a word */
                i += 3;
                continue;
            }
            word *w = &s->v[s->n];
            w->b0 = (uint32_t)i;
            size_t k = 0;
            while (i < len) {
                unsigned char c = (unsigned char)text[i];
                int apo = c == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                          (unsigned char)text[i + 2] == 0x99;
                if (apo || c == '\'') {
                    if (i + (apo ? 3 : 1) < len && isalpha((unsigned char)text[i + (apo ? 3 : 1)])) {
                        if (k + 1 < sizeof w->w)
                            w->w[k++] = '\'';
                        i += apo ? 3 : 1;
                        continue;
                    }
                    break;
                }
                if (!(isalnum(c) || c == '-' || c >= 0x80 || c == ','))
                    break;
                if (c == ',' && !(k && isdigit((unsigned char)w->w[k - 1]) && i + 1 < len &&
                                  isdigit((unsigned char)text[i + 1])))
                    break; /* 1,000 stays one word */
                if (k + 1 < sizeof w->w && c != ',')
                    w->w[k++] = (char)tolower(c);
                i++;
            }
            w->w[k] = '\0';
            w->b1 = (uint32_t)i;
            w->possessive = k > 2 && w->w[k - 2] == '\'' && w->w[k - 1] == 's';
            w->mention = -1;
            s->n++;
            continue;
        }
        if (ch == ',' || ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')' || punctuation) {
            word *w = &s->v[s->n++];
            w->b0 = (uint32_t)i;
            w->b1 = (uint32_t)(i + (ch == 0xE2 ? 3 : 1));
            strcpy(w->w, ",");
            w->mention = -1;
            w->possessive = 0;
            i = w->b1;
            continue;
        }
        i++;
    }
    for (int k = 0; k < s->n; k++)
        for (size_t j = 0; j < s->nm; j++)
            if (s->v[k].b0 >= s->m[j].b0 && s->v[k].b0 < s->m[j].b1 && strcmp(s->v[k].w, ",") != 0) {
                s->v[k].mention = (int)j;
                break;
            }
}

static int is(const sentence *s, int k, const char *w)
{
    return k >= 0 && k < s->n && s->v[k].w[0] == w[0] && strcmp(s->v[k].w, w) == 0;
}

static int one_of(const sentence *s, int k, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (is(s, k, ws[i]))
            return 1;
    return 0;
}

static int is_stop(const sentence *s, int k)
{
    return is(s, k, ",");
}

/* The mention that starts within `gap` words from word k (no punctuation
 * between), and the word after it; -1 when none. */
static int mention_from(const sentence *s, int k, int gap, int *after)
{
    for (int i = k; i < s->n && i <= k + gap; i++) {
        if (is_stop(s, i))
            return -1;
        int m = s->v[i].mention;
        if (m >= 0) {
            int e = i;
            while (e < s->n && s->v[e].mention == m)
                e++;
            if (after)
                *after = e;
            return m;
        }
    }
    return -1;
}

/* Does one of `ws` occur in the `n` words before word k (within the phrase)? */
static int before(const sentence *s, int k, int n, const char *const *ws)
{
    for (int i = k - 1; i >= 0 && i >= k - n; i--) {
        if (is_stop(s, i))
            return 0;
        if (one_of(s, i, ws))
            return 1;
    }
    return 0;
}

static const char *const hedges[] = {"possible", "potential", "risk", "danger", "threat", "fear", "fears",
                                     "feared", "likely", "imminent", "alleged", NULL};
static const char *const ahead[] = {"before", "ahead", "upcoming", "next", "planned", "scheduled", "future",
                                    "expected", NULL};

/* Who holds a meeting reported by a noun: the sentence's subject, i.e. the
 * first actor before it that is not the object of a preposition ("This
 * was stated by NATO's Secretary General during a meeting with ..."), else
 * the nearest before, else the first after it once a comma closes an
 * opening phrase ("Addressing reporters at a press conference alongside
 * X, Stoltenberg said"). */
static int subject_of(const sentence *s, int head, int not_mention)
{
    static const char *const speech[] = {"said", "says", "told", "added", "stated", "noted", "stressed",
                                         "announced", "spoke", "speaking", NULL};
    static const char *const preps[] = {"of", "to", "with", "from", "for", "against", "on", "in", "at",
                                        "into", "about", "over", "alongside", "between", NULL};
    int nearest = -1, subject = -1;
    for (int i = 0; i < head; i++) {
        int m = s->v[i].mention;
        if (m < 0 || m == not_mention || (i > 0 && s->v[i - 1].mention == m))
            continue;
        int p = i - 1;
        while (p >= 0 && (is(s, p, "the") || is(s, p, "a")))
            p--;
        /* the first subject before the noun -- but one who speaks about
         * it is its subject: in "'... bring Russia to the table ...,' Rutte
         * said at a joint news conference with Zelensky" the conference is
         * Rutte's */
        int e = i;
        while (e < s->n && s->v[e].mention == m)
            e++;
        if (!one_of(s, p, preps) && (subject < 0 || one_of(s, e, speech)))
            subject = m;
        nearest = m;
    }
    if (subject >= 0)
        return subject;
    if (nearest >= 0)
        return nearest;
    int comma = 0;
    for (int i = head + 1; i < s->n; i++) {
        if (is_stop(s, i))
            comma = 1;
        else if (comma && s->v[i].mention >= 0 && s->v[i].mention != not_mention)
            return s->v[i].mention;
    }
    return -1;
}

typedef struct out_list {
    sr_nominal_event *v;
    size_t n, cap;
} out_list;

static void add(out_list *o, const sentence *s, int src, int si, int tgt, int ti, const char *code, int modality,
                int head, const char *rule)
{
    const sr_coder_mention *a = &s->m[src];
    const sr_coder_mention *b = tgt >= 0 ? &s->m[tgt] : NULL;
    const char *sc = si < a->n_codes ? a->codes[si] : "";
    const char *tc = b && ti < b->n_codes ? b->codes[ti] : "";
    if (!sc[0] || !strcmp(sc, tc))
        return;
    for (size_t k = 0; k < o->n; k++)
        if (!strcmp(o->v[k].ev.source.code, sc) && !strcmp(o->v[k].ev.target.code, tc) &&
            !strcmp(o->v[k].ev.code, code))
            return;
    if (o->n == o->cap)
        return;
    sr_nominal_event *ne = &o->v[o->n++];
    memset(ne, 0, sizeof *ne);
    sr_coded_event *e = &ne->ev;
    e->source.code = sc;
    e->source.name = a->name;
    e->source.b0 = a->b0;
    e->source.b1 = a->b1;
    e->target.code = tc;
    e->target.name = b ? b->name : NULL;
    e->target.b0 = b ? b->b0 : 0;
    e->target.b1 = b ? b->b1 : 0;
    e->code = code;
    e->verb_b0 = s->v[head].b0;
    e->verb_b1 = s->v[head].b1;
    uint32_t lo = e->verb_b0, hi = e->verb_b1;
    if (a->b0 < lo)
        lo = a->b0;
    if (a->b1 > hi)
        hi = a->b1;
    if (b && b->b0 < lo)
        lo = b->b0;
    if (b && b->b1 > hi)
        hi = b->b1;
    e->span_b0 = e->clause_b0 = lo;
    e->span_b1 = e->clause_b1 = hi;
    e->modality = (uint8_t)modality;
    e->negated = modality == SR_MOD_NEGATED;
    e->condition_actor.code = "";
    ne->rule = rule;
}

/* Both directions between every pair of distinct codes of one compound
 * mention ("Russian and US officials"), or of two mentions. */
static void add_between(out_list *o, const sentence *s, int m1, int m2, const char *code, int modality, int head,
                        const char *rule)
{
    if (m2 < 0) {
        const sr_coder_mention *a = &s->m[m1];
        if (a->n_codes < 2) {
            add(o, s, m1, 0, -1, 0, code, modality, head, rule); /* a meeting of one body's members */
            return;
        }
        for (int i = 0; i < a->n_codes; i++)
            for (int j = 0; j < a->n_codes; j++)
                if (i != j)
                    add(o, s, m1, i, m1, j, code, modality, head, rule);
        return;
    }
    for (int i = 0; i < s->m[m1].n_codes; i++)
        for (int j = 0; j < s->m[m2].n_codes; j++) {
            add(o, s, m1, i, m2, j, code, modality, head, rule);
            add(o, s, m2, j, m1, i, code, modality, head, rule);
        }
}

static int modality_before(const sentence *s, int head)
{
    static const char *const no[] = {"no", NULL};
    static const char *const any[] = {"any", NULL};
    static const char *const nots[] = {"not", "never", "haven't", "hasn't", "didn't", "don't", "doesn't",
                                       "hadn't", "won't", NULL};
    if (is(s, head - 1, "no") || before(s, head, 2, no) ||
        (before(s, head, 2, any) && before(s, head, 5, nots)))
        return SR_MOD_NEGATED;
    if (before(s, head, 4, ahead))
        return SR_MOD_ANNOUNCED;
    return SR_MOD_ASSERTED;
}

/* Is the meeting named at word h reported as held (or to be held)?  Only
 * when the sentence places something in it or around it in time ("during
 * a meeting with", "at a press conference alongside", "one day before a
 * meeting between", "after meeting X"), or opens with it and says it
 * happened ("Talks between X and Y began in Geneva").  A meeting that is
 * spoken of ("said of the talks with Russia"), cancelled, blocked or
 * asked for ("to open accession talks with Moldova") is not reported. */
static int reported(const sentence *s, int h)
{
    /* "ahead of talks" only dates what the sentence reports: the talks are
     * reported where they are held, not here ("released a list of demands
     * ahead of talks between Washington and Moscow officials") */
    static const char *const when[] = {"during", "at", "in", "after", "following", "before", "amid", NULL};
    for (int k = h - 1; k >= 0 && k >= h - 5; k--)
        if (is(s, k, "ahead") && is(s, k + 1, "of"))
            return 0;
    static const char *const held[] = {"began", "begin", "begins", "started", "opened", "resumed", "continued",
                                       "ended", "concluded", "took", "were", "was", NULL};
    if (before(s, h, 5, when))
        return 1;
    int first = 0;
    while (first < s->n && (is_stop(s, first) || is(s, first, "the")))
        first++;
    if (h - first > 1)
        return 0;
    for (int k = h + 1; k < s->n && k < h + 12 && !is_stop(s, k); k++)
        if (one_of(s, k, held) && s->v[k].mention < 0)
            return !is(s, k + 1, "not") && !is(s, k + 1, "cancelled") && !is(s, k + 1, "postponed");
    return 0;
}

/* "a meeting with X", "talks between X and Y", "after meeting X". */
static void meetings(out_list *o, const sentence *s)
{
    static const char *const heads[] = {"meeting", "meetings", "talks", "briefing", "conference", "consultations",
                                        "negotiations", "call", "conversation", "summit", NULL};
    static const char *const with[] = {"with", "alongside", NULL};
    for (int h = 0; h < s->n; h++) {
        if (!one_of(s, h, heads) || s->v[h].mention >= 0 || before(s, h, 3, hedges) || !reported(s, h))
            continue;
        /* "meeting a demand from Trump", "meeting the target": satisfying it */
        static const char *const met[] = {"a", "the", "its", "their", "all", "this", "these", NULL};
        static const char *const aims[] = {"demand", "demands", "target", "targets", "goal", "goals", "deadline",
                                           "requirement", "requirements", "criteria", "conditions", "commitments",
                                           "expectations", "needs", NULL};
        if (is(s, h, "meeting") && (one_of(s, h + 1, aims) || (one_of(s, h + 1, met) && one_of(s, h + 2, aims))))
            continue;
        if ((is(s, h, "conference") && !(is(s, h - 1, "press") || is(s, h - 1, "news"))) ||
            (is(s, h, "call") && !(is(s, h - 1, "phone") || is(s, h - 1, "telephone") || is(s, h - 1, "video"))))
            continue;
        const char *code = "040";
        int modality = modality_before(s, h);
        int k = h + 1, after = 0;
        if (is(s, k, "together") && is(s, k + 1, "with"))
            k++;
        if (one_of(s, k, with)) {
            int tgt = mention_from(s, k + 1, 3, &after);
            if (tgt < 0)
                continue;
            int src = subject_of(s, h, tgt);
            if (src >= 0)
                for (int j = 0; j < s->m[tgt].n_codes; j++)
                    add(o, s, src, 0, tgt, j, code, modality, h, "NOMINAL: meeting with +");
        } else if (is(s, k, "between") || is(s, k, "among")) {
            int m1 = mention_from(s, k + 1, 2, &after);
            if (m1 < 0)
                continue;
            int m2 = -1;
            if (is(s, after, "and"))
                m2 = mention_from(s, after + 1, 2, NULL);
            add_between(o, s, m1, m2, code, modality, h, "NOMINAL: meeting between $ and +");
        } else if (is(s, h, "meeting") && (is(s, h - 1, "after") || is(s, h - 1, "before") ||
                                           is(s, h - 1, "while") || is(s, h - 1, "during"))) {
            /* the gerund: "said after meeting the Romanian prime minister" */
            int tgt = mention_from(s, h + 1, 1, &after);
            int src = tgt >= 0 ? subject_of(s, h, tgt) : -1;
            if (src >= 0)
                add(o, s, src, 0, tgt, 0, code, SR_MOD_ASSERTED, h, "NOMINAL: after meeting +");
        }
    }
}

static const char *const troops[] = {"troops", "troop", "soldiers", "servicemen", "battlegroup", "battlegroups",
                                     "battalion", "battalions", "brigade", "brigades", "forces", "units",
                                     "contingent", "marines", "paratroopers", NULL};
static const char *const weapons[] = {"weapons", "arms", "tanks", "missiles", "ammunition", "howitzers",
                                      "jets", "aircraft", "drones", "artillery", NULL};
static const char *const to_place[] = {"in", "to", "into", "near", "on", "at", "along", "around", NULL};

/* The mention after a place preposition within `reach` words of k:
 * "... in Belarus", "... here in Romania". */
static int place_after(const sentence *s, int k, int reach, const char *const *preps)
{
    for (int i = k; i < s->n && i < k + reach; i++) {
        if (is_stop(s, i))
            return -1;
        if (one_of(s, i, preps)) {
            int m = mention_from(s, i + 1, 1, NULL);
            if (m >= 0)
                return m;
        }
    }
    return -1;
}

/* "the deployment of Russian units in Belarus", "Russia's military
 * build-up near Ukraine", "the withdrawal of Russian forces". */
static void movements(out_list *o, const sentence *s)
{
    static const char *const deploy[] = {"deployment", "deployments", "redeployment", "arrival", "stationing",
                                         "buildup", "build-up", NULL};
    static const char *const withdraw[] = {"withdrawal", "pullout", "pull-out", NULL};
    static const char *const from[] = {"from", NULL};
    for (int h = 0; h < s->n; h++) {
        int is_deploy = one_of(s, h, deploy), is_withdraw = one_of(s, h, withdraw);
        if ((!is_deploy && !is_withdraw) || before(s, h, 3, hedges))
            continue;
        int mover = -1, after = h + 1;
        /* the possessor: "Russia's deployment", "the Russian deployment" */
        int p = h - 1;
        while (p >= 0 && (is(s, p, "military") || is(s, p, "troop") || is(s, p, "massive") || is(s, p, "new")))
            p--;
        if (p >= 0 && s->v[p].mention >= 0)
            mover = s->v[p].mention;
        else if (is(s, h + 1, "of"))
            mover = mention_from(s, h + 2, is(s, h, "arrival") ? 4 : 3, &after);
        if (mover < 0)
            continue;
        int place = place_after(s, after, 8, is_withdraw ? from : to_place);
        if (place == mover)
            place = -1;
        /* troops arrive or are deployed somewhere: with no place named the
         * noun is spoken of ("threaten Romania over the deployment of
         * American troops"), not reported -- but an arrival of troops is
         * one that happened, and the article says where (the events stage
         * gives it the article's place) */
        /* ... the troops' word may close the mover's own phrase ("the
         * arrival of an additional 1,000 US servicemen": US servicemen) */
        if (is_deploy && place < 0 &&
            !(is(s, h, "arrival") && (one_of(s, after, troops) || one_of(s, after - 1, troops))))
            continue;
        int modality = modality_before(s, h);
        const char *code = is_withdraw ? "0874" : "154";
        /* "Russian units" are the military; in "Russia's military
         * presence" military says what kind of presence */
        int last = after - 1, forces = 0, presence = 0;
        if (after > h + 1) {
            forces = one_of(s, after, troops) || (is(s, after, "armed") && is(s, after + 1, "forces"));
            presence = is(s, last, "military") && is(s, after, "presence");
        } else {
            forces = one_of(s, h + 2, troops);
        }
        for (int j = 0; j < s->m[mover].n_codes; j++)
            for (int t = 0; t < (place >= 0 ? s->m[place].n_codes : 1); t++) {
                size_t before_add = o->n;
                add(o, s, mover, j, place, t, code, modality, h,
                    is_withdraw ? "NOMINAL: withdrawal of $ from +" : "NOMINAL: deployment of $ in +");
                if (o->n == before_add)
                    continue;
                sr_nominal_event *ne = &o->v[o->n - 1];
                size_t n = strlen(ne->ev.source.code);
                if (forces && n == 3) {
                    memcpy(ne->code, ne->ev.source.code, 3);
                    memcpy(ne->code + 3, "MIL", 4);
                    ne->ev.source.code = ne->code;
                } else if (presence && n == 6 && !strcmp(ne->ev.source.code + 3, "MIL")) {
                    memcpy(ne->code, ne->ev.source.code, 3);
                    ne->code[3] = '\0';
                    ne->ev.source.code = ne->code;
                }
            }
    }
}

/* "France's offer to lead a NATO battle group in Romania": the offered
 * act, announced. */
static void offers(out_list *o, const sentence *s)
{
    static const char *const heads[] = {"offer", "pledge", "plan", "plans", "proposal", "promise", "decision",
                                        "readiness", "willingness", NULL};
    static const char *const acts[] = {"lead", "send", "deploy", "station", "contribute", "dispatch", "provide",
                                       "deliver", "supply", NULL};
    static const char *const to[] = {"to", "in", "into", NULL};
    for (int h = 1; h < s->n; h++) {
        if (!one_of(s, h, heads) || !is(s, h + 1, "to") || !one_of(s, h + 2, acts))
            continue;
        int p = h - 1;
        if (p < 0 || s->v[p].mention < 0 || !(s->v[p].possessive || p == 0 || !is(s, p - 1, "of")))
            continue;
        int src = s->v[p].mention;
        int what = 0; /* 1 troops, 2 weapons */
        int k = h + 3;
        for (; k < s->n && k < h + 11 && !is_stop(s, k) && !what; k++) {
            if (one_of(s, k, troops) || (is(s, k, "group") && is(s, k - 1, "battle")))
                what = 1;
            else if (one_of(s, k, weapons))
                what = 2;
        }
        if (!what)
            continue;
        int tgt = place_after(s, k, 6, to);
        if (tgt == src)
            tgt = -1;
        if (what == 2 && tgt < 0)
            continue;
        add(o, s, src, 0, tgt, 0, what == 1 ? "154" : "072", SR_MOD_ANNOUNCED, h,
            what == 1 ? "NOMINAL: $'s offer to send troops to +" : "NOMINAL: $'s offer to send weapons to +");
    }
}

/* A list of supplies that one recipient gets from several suppliers:
 * "the supplies of ammunition provided to Russia by North Korea, drones
 * from Iran and dual-use goods supplied by China".  The list's head
 * ("provided to Russia", the verb's own event) names the recipient once;
 * each later member -- goods, then FROM or BY and a supplier -- is the
 * supplier's aid to it: arms are military aid.  A member must name goods
 * ("refugees from Syria" is no supply). */
static void supply_lists(out_list *o, const sentence *s)
{
    static const char *const given[] = {"provided", "supplied", "delivered", "sent", "given", "sold",
                                        "shipped", "transferred", NULL};
    static const char *const goods[] = {"goods", "supplies", "equipment", "components", "parts", "fuel",
                                        "materiel", "shells", "rockets", "technology", "technologies",
                                        "vehicles", "chips", "microchips", NULL};
    static const char *const from_by[] = {"from", "by", NULL};
    for (int h = 0; h + 2 < s->n; h++) {
        if (!one_of(s, h, given) || !is(s, h + 1, "to"))
            continue;
        int after = 0;
        int recipient = mention_from(s, h + 2, 1, &after);
        if (recipient < 0)
            continue;
        int head_supplier = -1;
        if (is(s, after, "by"))
            head_supplier = mention_from(s, after + 1, 1, &after);
        /* the members: separated by commas and AND, each "goods ... FROM|BY X" */
        int start = after, arms = 0, named = 0;
        for (int k = after; k < s->n; k++) {
            if (is_stop(s, k) || is(s, k, "and")) {
                start = k + 1;
                arms = named = 0;
                continue;
            }
            if (s->v[k].mention >= 0 && !one_of(s, k - 1, from_by))
                break; /* an actor that is no supplier ends the list */
            arms |= one_of(s, k, weapons);
            named |= one_of(s, k, goods) || one_of(s, k, weapons);
            if (!one_of(s, k, from_by) || k == start || !named)
                continue;
            int supplier = mention_from(s, k + 1, 1, NULL);
            if (supplier < 0 || supplier == recipient || supplier == head_supplier)
                break;
            add(o, s, supplier, 0, recipient, 0, arms ? "072" : "070", modality_before(s, start), start,
                arms ? "NOMINAL: arms from $ in a list of supplies to +"
                     : "NOMINAL: goods from $ in a list of supplies to +");
            while (k + 1 < s->n && s->v[k + 1].mention == supplier)
                k++;
        }
    }
}

/* A blow announced as the consequence of another's hostile act: "Russian
 * aggression will lead to an even greater, not less, NATO presence" is
 * NATO's threat against Russia, as "if Russia attacks, we will increase
 * our presence" is.  The hostile act is a noun of the actor named right
 * before it; the consequence, after LEAD TO, RESULT IN, MEAN, BRING or
 * TRIGGER with WILL or WOULD, is more of someone's presence, forces or
 * sanctions.  More sanctions threaten sanctions; the rest, force. */
static void consequences(out_list *o, const sentence *s)
{
    static const char *const hostile[] = {"aggression", "attack", "attacks", "invasion", "incursion",
                                          "escalation", "offensive", NULL};
    static const char *const will[] = {"will", "would", NULL};
    static const char *const lead[] = {"lead", "result", "mean", "bring", "trigger", "provoke", NULL};
    static const char *const more[] = {"more", "greater", "stronger", "bigger", "larger", "additional",
                                       "increased", "tougher", "further", "heavier", NULL};
    static const char *const blows[] = {"presence", "troops", "forces", "deployments", "sanctions", NULL};
    for (int h = 1; h + 3 < s->n; h++) {
        if (!one_of(s, h, hostile) || !one_of(s, h + 1, will) || !one_of(s, h + 2, lead))
            continue;
        int p = h - 1;
        if (is(s, p, "further") || is(s, p, "new") || is(s, p, "any"))
            p--;
        if (p < 0 || s->v[p].mention < 0)
            continue;
        int offender = s->v[p].mention;
        /* the consequence: more ..., then the one it belongs to, then the blow */
        int grows = 0, owner = -1;
        for (int k = h + 3; k < s->n && k < h + 14; k++) {
            if (one_of(s, k, more))
                grows = 1;
            else if (s->v[k].mention >= 0 && s->v[k].mention != offender)
                owner = s->v[k].mention;
            else if (one_of(s, k, blows)) {
                if (grows && owner >= 0)
                    add(o, s, owner, 0, offender, 0, is(s, k, "sanctions") ? "1312" : "138", SR_MOD_ASSERTED, h,
                        "NOMINAL: +'s act will lead to more of $'s presence");
                break;
            }
        }
    }
}

/* Attending a meeting at an actor's seat: "US Deputy Secretary of State
 * Wendy Sherman will also be present at NATO Headquarters" consults NATO
 * there. */
static void presence(out_list *o, const sentence *s)
{
    static const char *const be[] = {"be", "is", "are", "was", "were", "been", NULL};
    static const char *const also[] = {"also", NULL};
    for (int h = 1; h + 2 < s->n; h++) {
        if (!is(s, h, "present") || !is(s, h + 1, "at"))
            continue;
        int b = h - 1;
        if (one_of(s, b, also))
            b--;
        if (!one_of(s, b, be))
            continue;
        int after = 0;
        int tgt = mention_from(s, h + 2, 2, &after);
        if (tgt < 0)
            continue;
        int src = subject_of(s, b, tgt);
        if (src < 0)
            continue;
        static const char *const will[] = {"will", "would", "shall", NULL};
        int modality = modality_before(s, h);
        if (modality == SR_MOD_ASSERTED && before(s, h, 3, will))
            modality = SR_MOD_ANNOUNCED;
        add(o, s, src, 0, tgt, 0, "040", modality, h, "NOMINAL: $ present at +");
    }
}

/* A refusal of what the sentence says was offered: "NATO has offered
 * Russia that it is ready to plan a series of meetings ..., but Moscow has
 * clearly stated that it is not ready to do so" is Moscow's REJECT of the
 * offer (of a meeting: mode meet), the offerer its target. */
static void refusals(out_list *o, const sentence *s)
{
    static const char *const ready[] = {"ready", "willing", "prepared", NULL};
    static const char *const meet[] = {"meeting", "meetings", "talks", "negotiations", "consultations", NULL};
    for (int h = 2; h + 3 < s->n; h++) {
        if (!is(s, h - 1, "not") || !one_of(s, h, ready) || !is(s, h + 1, "to") || !is(s, h + 2, "do") ||
            !is(s, h + 3, "so"))
            continue;
        int offer = -1;
        for (int k = 0; k < h - 1 && offer < 0; k++)
            if (!strncmp(s->v[k].w, "offer", 5) || !strncmp(s->v[k].w, "propos", 6))
                offer = k;
        if (offer < 0)
            continue;
        /* the one who refuses: the last actor named before "not ready" and
         * after the offer; the offerer: the subject of the offer */
        static const char *const pronouns[] = {"it", "he", "she", "they", "we", NULL};
        int src = -1; /* a name: "Moscow has clearly stated that it is not ready" */
        for (int k = offer + 1; k < h - 1; k++)
            if (s->v[k].mention >= 0 && !(k > 0 && s->v[k - 1].mention == s->v[k].mention) &&
                !one_of(s, k, pronouns))
                src = s->v[k].mention;
        int tgt = subject_of(s, offer, src);
        if (src < 0 || tgt < 0 || src == tgt)
            continue;
        int about_meeting = 0;
        for (int k = offer + 1; k < h - 1; k++)
            about_meeting |= one_of(s, k, meet);
        add(o, s, src, 0, tgt, 0, about_meeting ? "125" : "120", SR_MOD_ASSERTED, h,
            "NOMINAL: $ not ready to do so (the offer of +)");
    }
}

size_t sr_nominal_events(const char *text, size_t len, const sr_coder_mention *m, size_t nm, sr_nominal_event *out,
                         size_t cap)
{
    if (!nm) /* every noun event needs an actor: no words to split */
        return 0;
    sentence local; /* about 8 KB */
    local.n = 0;
    local.m = m;
    local.nm = nm;
    split_words(&local, text, len);
    out_list o = {out, 0, cap};
    meetings(&o, &local);
    movements(&o, &local);
    offers(&o, &local);
    supply_lists(&o, &local);
    consequences(&o, &local);
    refusals(&o, &local);
    presence(&o, &local);
    return o.n;
}
