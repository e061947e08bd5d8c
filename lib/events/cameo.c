/*
 * cameo.c - facts about CAMEO event codes: the Goldstein (1992) conflict-
 * cooperation score of each code, its quad class, and the PLOVER event type
 * it maps to.  Written from the CAMEO codebook (Schrodt, 2012) and the
 * PLOVER documentation; a code is looked up by its longest known prefix
 * (a four-digit code by its three-digit parent, an unknown sub-code by its
 * two-digit root).
 *
 * PLOVER decisions: CAMEO 16 (reduce relations) maps to SANCTION, and so
 * does 163 (impose embargo, boycott or sanctions), rather than COERCE as
 * the 2021 CAMEO-to-PLOVER table has it: PLOVER has a SANCTION type, and an
 * analyst asking for sanctions expects to find them there.  CAMEO 01
 * (public statement) has no PLOVER type: statements are sitrep's quotes.
 */
#include <string.h>

#include "events/events.h"

typedef struct cameo_fact {
    const char *code;
    double goldstein;
} cameo_fact;

/* Sorted by code. */
static const cameo_fact facts[] = {
    {"01", 0.0},   {"010", 0.0},  {"011", -0.1}, {"012", -0.4}, {"013", 0.4},  {"014", 0.0},  {"015", 0.0},
    {"016", 3.4},  {"017", 0.0},  {"018", 3.4},  {"019", 3.4},  {"02", 3.0},   {"020", 3.0},  {"021", 3.4},
    {"022", 3.2},  {"023", 3.4},  {"024", -0.3}, {"025", -0.3}, {"026", 4.0},  {"027", 4.0},  {"028", 4.0},
    {"03", 4.0},   {"030", 4.0},  {"031", 5.2},  {"032", 4.5},  {"033", 5.2},  {"034", 7.0},  {"035", 7.0},
    {"036", 4.0},  {"037", 5.0},  {"038", 7.0},  {"039", 5.0},  {"04", 1.0},   {"040", 1.0},  {"041", 1.0},
    {"042", 1.9},  {"043", 2.8},  {"044", 2.5},  {"045", 5.0},  {"046", 7.0},  {"05", 3.5},   {"050", 3.5},
    {"051", 3.4},  {"052", 3.5},  {"053", 3.8},  {"054", 6.0},  {"055", 7.0},  {"056", 7.0},  {"057", 8.0},
    {"06", 6.0},   {"060", 6.0},  {"061", 6.4},  {"062", 7.4},  {"063", 7.4},  {"064", 7.0},  {"07", 7.0},
    {"070", 7.0},  {"071", 7.4},  {"072", 8.3},  {"073", 7.4},  {"074", 8.5},  {"075", 7.0},  {"08", 5.0},
    {"080", 5.0},  {"081", 5.0},  {"082", 5.0},  {"083", 5.0},  {"084", 7.0},  {"085", 7.0},  {"086", 9.0},
    {"087", 9.0},  {"09", -2.0},  {"090", -2.0}, {"091", -2.0}, {"092", -2.0}, {"093", -2.0}, {"094", -2.0},
    {"10", -5.0},  {"100", -5.0}, {"101", -5.0}, {"102", -5.0}, {"103", -5.0}, {"104", -5.0}, {"105", -5.0},
    {"106", -5.0}, {"107", -5.0}, {"108", -5.0}, {"11", -2.0},  {"110", -2.0}, {"111", -2.0}, {"112", -2.0},
    {"113", -2.0}, {"114", -2.0}, {"115", -2.0}, {"116", -2.0}, {"12", -4.0},  {"120", -4.0}, {"121", -4.0},
    {"122", -4.0}, {"123", -4.0}, {"124", -5.0}, {"125", -5.0}, {"126", -5.0}, {"127", -5.0}, {"128", -5.0},
    {"129", -5.0}, {"13", -6.0},  {"130", -4.4}, {"131", -5.8}, {"132", -5.8}, {"133", -5.8}, {"134", -5.8},
    {"135", -5.8}, {"136", -7.0}, {"137", -7.0}, {"138", -7.0}, {"139", -7.0}, {"14", -6.5},  {"140", -6.5},
    {"141", -6.5}, {"142", -6.5}, {"143", -6.5}, {"144", -7.5}, {"145", -7.5}, {"15", -7.2},  {"150", -7.2},
    {"151", -7.2}, {"152", -7.2}, {"153", -7.2}, {"154", -7.2}, {"16", -4.0},  {"160", -4.0}, {"161", -4.0},
    {"162", -5.6}, {"163", -8.0}, {"164", -7.0}, {"165", -5.6}, {"166", -7.0}, {"17", -7.0},  {"170", -7.0},
    {"171", -9.2}, {"172", -5.0}, {"173", -5.0}, {"174", -5.0}, {"175", -9.0}, {"18", -9.0},  {"180", -9.0},
    {"181", -9.0}, {"182", -9.5}, {"183", -10.0}, {"184", -8.0}, {"185", -8.0}, {"186", -10.0}, {"19", -10.0},
    {"190", -10.0}, {"191", -9.5}, {"192", -9.5}, {"193", -10.0}, {"194", -10.0}, {"195", -10.0},
    {"196", -9.5}, {"20", -10.0}, {"200", -10.0}, {"201", -9.5}, {"202", -10.0}, {"203", -10.0},
    {"204", -10.0},
};

static const char *plover_of_root(int root, const char *code)
{
    switch (root) {
    case 2: return "REQUEST";
    case 3: return "AGREE";
    case 4: return "CONSULT";
    case 5: return "COOPERATE";
    case 6: return "COOPERATE";
    case 7: return "AID";
    case 8: return strncmp(code, "087", 3) == 0 ? "RETREAT" : "CONCEDE";
    case 9: return "ACCUSE";
    case 10: return "REQUEST";
    case 11: return "ACCUSE";
    case 12: return "REJECT";
    case 13: return "THREATEN";
    case 14: return "PROTEST";
    case 15: return "MOBILIZE";
    case 16: return "SANCTION";
    case 17: return "COERCE";
    case 18: case 19: case 20: return "ASSAULT";
    default: return NULL;
    }
}

int sr_cameo_lookup(const char *code, double *goldstein, int *quad, const char **plover)
{
    *goldstein = 0;
    *quad = 0;
    *plover = NULL;
    if (!code || strlen(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9')
        return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20)
        return 0;
    const cameo_fact *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof facts / sizeof *facts; i++) {
        size_t n = strlen(facts[i].code);
        if (n > best_len && strncmp(code, facts[i].code, n) == 0)
            best = &facts[i], best_len = n;
    }
    if (!best)
        return 0;
    *goldstein = best->goldstein;
    /* GDELT's quad classes: 01-04 verbal and 05-08 material cooperation,
     * 09-13 verbal and 14-20 material conflict */
    *quad = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    *plover = plover_of_root(root, code);
    return 1;
}
