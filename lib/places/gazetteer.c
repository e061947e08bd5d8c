/*
 * gazetteer.c - mapping the compiled gazetteer and looking names up in it
 * (format in gazetteer.h), plus the name folding that both the builder and
 * the recognizer use, so a key built from GeoNames matches a key read from
 * an article.
 */
#include "places/gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/hash.h"
#include "util/utf8.h"

#ifndef SITREP_GAZETTEER_PATH
#define SITREP_GAZETTEER_PATH "gazetteer.bin"
#endif

struct sr_gazetteer {
    const unsigned char *base;
    size_t size;
    const sr_gaz_header *h;
    const sr_gaz_place *places;
    const sr_gaz_country *countries;
    const sr_gaz_slot *slots;
    const uint32_t *postings;
    const uint8_t *tags;
    const char *strings;
};

const char *sr_gazetteer_default_path(void)
{
    const char *env = getenv("SITREP_GAZETTEER");
    return env && *env ? env : SITREP_GAZETTEER_PATH;
}

static int section_fits(uint64_t off, uint64_t count, uint64_t size, uint64_t file_size)
{
    if (off > file_size || count > file_size)
        return 0;
    return count * size <= file_size - off;
}

sr_gazetteer *sr_gazetteer_open(const char *path, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot open gazetteer %s: %s (build it with the project, or set SITREP_GAZETTEER)",
                 path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(sr_gaz_header)) {
        snprintf(err, errlen, "gazetteer %s is too short to be one: rebuild it", path);
        close(fd);
        return NULL;
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "cannot map gazetteer %s: %s", path, strerror(errno));
        return NULL;
    }
    const sr_gaz_header *h = map;
    size_t size = (size_t)st.st_size;
    const char *why = NULL;
    if (memcmp(h->magic, SR_GAZ_MAGIC, 8) != 0)
        why = "not a sitrep gazetteer";
    else if (h->byte_order != SR_GAZ_BYTE_ORDER)
        why = "written on a machine of the other byte order";
    else if (h->version != SR_GAZ_VERSION)
        why = "of another format version";
    else if (h->file_size != size)
        why = "truncated or padded";
    else if (!section_fits(h->off_places, h->n_places, sizeof(sr_gaz_place), size) ||
             !section_fits(h->off_countries, h->n_countries, sizeof(sr_gaz_country), size) ||
             !section_fits(h->off_slots, h->n_slots, sizeof(sr_gaz_slot), size) ||
             !section_fits(h->off_postings, h->n_postings, sizeof(uint32_t), size) ||
             !section_fits(h->off_tags, h->n_slots, 1, size) ||
             !section_fits(h->off_strings, h->strings_size, 1, size) || h->strings_size == 0 ||
             (h->n_slots & (h->n_slots - 1)) != 0 || h->n_slots == 0 || (h->off_places % 8) ||
             (h->off_slots % 8) || (h->off_postings % 4) || (h->off_countries % 4))
        why = "inconsistent (a section lies outside the file)";
    else if (((const char *)map)[h->off_strings + h->strings_size - 1] != '\0')
        why = "inconsistent (its strings do not end with a NUL)"; /* name lookups rely on it */
    if (why) {
        snprintf(err, errlen, "gazetteer %s is %s: rebuild it (cmake --build BUILD --target gazetteer)",
                 path, why);
        munmap(map, size);
        return NULL;
    }
    sr_gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "out of memory");
        munmap(map, size);
        return NULL;
    }
    g->base = map;
    g->size = size;
    g->h = h;
    g->places = (const sr_gaz_place *)(g->base + h->off_places);
    g->countries = (const sr_gaz_country *)(g->base + h->off_countries);
    g->slots = (const sr_gaz_slot *)(g->base + h->off_slots);
    g->postings = (const uint32_t *)(g->base + h->off_postings);
    g->tags = g->base + h->off_tags;
    g->strings = (const char *)(g->base + h->off_strings);
    return g;
}

void sr_gazetteer_close(sr_gazetteer *g)
{
    if (!g)
        return;
    munmap((void *)g->base, g->size);
    free(g);
}

size_t sr_gazetteer_size(const sr_gazetteer *g)
{
    return g->h->n_places;
}

int sr_gazetteer_has_geonames(const sr_gazetteer *g)
{
    return g->h->has_geonames != 0;
}

const sr_gaz_place *sr_gazetteer_place(const sr_gazetteer *g, uint32_t index)
{
    return index < g->h->n_places ? &g->places[index] : NULL;
}

const char *sr_gazetteer_name(const sr_gazetteer *g, const sr_gaz_place *p)
{
    /* the builder ends the string section with a NUL, so any in-range offset is a C string */
    return p->name < g->h->strings_size ? g->strings + p->name : "";
}

const char *sr_gazetteer_english_name(const sr_gazetteer *g, const sr_gaz_place *p)
{
    const char *name = sr_gazetteer_name(g, p);
    if (!(p->flags & SR_GAZ_ENGLISH))
        return name;
    uint64_t next = p->name + strlen(name) + 1;
    return next < g->h->strings_size ? g->strings + next : name;
}

const char *sr_gazetteer_country3(const sr_gazetteer *g, const sr_gaz_place *p)
{
    return p->country < g->h->n_countries ? g->countries[p->country].iso3 : "";
}

const char *sr_gazetteer_country2(const sr_gazetteer *g, const sr_gaz_place *p)
{
    return p->country < g->h->n_countries ? g->countries[p->country].iso2 : "";
}

const sr_gaz_place *sr_gazetteer_country_place(const sr_gazetteer *g, uint16_t country)
{
    if (country >= g->h->n_countries)
        return NULL;
    return sr_gazetteer_place(g, g->countries[country].place);
}

uint16_t sr_gazetteer_country_by_iso2(const sr_gazetteer *g, const char *code)
{
    if (!g || !code || !code[0] || !code[1] || code[2])
        return 0xffff;
    for (int i = 0; i < 2; i++)
        if (!((code[i] >= 'a' && code[i] <= 'z') || (code[i] >= 'A' && code[i] <= 'Z')))
            return 0xffff;
    char a = (char)(code[0] & ~0x20), b = (char)(code[1] & ~0x20);
    /* some 250 countries, asked once an article: a scan is enough */
    for (uint32_t i = 0; i < g->h->n_countries && i < 0xffff; i++)
        if (g->countries[i].iso2[0] == a && g->countries[i].iso2[1] == b)
            return (uint16_t)i;
    return 0xffff;
}

uint64_t sr_place_key_hash(const char *key, size_t len)
{
    uint64_t h = sr_hash64(SR_HASH_SEED, key, len);
    return h ? h : 1;
}

const sr_gaz_slot *sr_gazetteer_find(const sr_gazetteer *g, const char *key, size_t key_len)
{
    uint64_t h = sr_place_key_hash(key, key_len);
    uint32_t mask = g->h->n_slots - 1;
    uint8_t tag = sr_gaz_tag(h);
    for (uint32_t i = (uint32_t)h & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
        if (g->tags[i] == 0)
            return NULL;
        if (g->tags[i] == tag && g->slots[i].hash == h)
            return &g->slots[i];
    }
    return NULL;
}

const uint32_t *sr_gazetteer_postings(const sr_gazetteer *g, const sr_gaz_slot *s, uint32_t *n)
{
    *n = 0;
    if (!s || s->n_postings == 0 || s->postings > g->h->n_postings ||
        s->n_postings > g->h->n_postings - s->postings)
        return NULL;
    *n = s->n_postings;
    return g->postings + s->postings;
}

const uint32_t *sr_gazetteer_lookup(const sr_gazetteer *g, const char *key, size_t key_len,
                                    uint32_t *n)
{
    *n = 0;
    const sr_gaz_slot *s = sr_gazetteer_find(g, key, key_len);
    return s ? sr_gazetteer_postings(g, s, n) : NULL;
}

/* Latin-1 Supplement and Latin Extended-A folded to one ASCII letter each;
 * '?' marks a character that is not a letter we fold. */
static const char fold_c0[] = "aaaaaaaceeeeiiiidnooooo?ouuuuy?saaaaaaaceeeeiiiidnooooo?ouuuuy?y";
static const char fold_100[] = "aaaaaaccccccccdd"
                               "ddeeeeeeeeeegggg"
                               "gggghhhhiiiiiiii"
                               "iiiijjkkklllllll"
                               "lllnnnnnnnnnoooo"
                               "oooorrrrrrssssss"
                               "ssttttttuuuuuuuu"
                               "uuuuwwyyyzzzzzzs";

size_t sr_place_key(const char *name, size_t len, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    int pending_space = 0;
    while (i < len) {
        unsigned char b = (unsigned char)name[i];
        unsigned c = b < 0x80 ? (i++, b) : sr_utf8_decode(name, len, &i);
        char f = 0;
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                f = (char)(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                f = (char)c;
            else if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '/') {
                pending_space = o > 0;
                continue;
            } else if (c == '\'' || c == '.' || c == '`')
                continue;
            else
                return 0;
        } else if (c >= 0xC0 && c <= 0xFF) {
            f = fold_c0[c - 0xC0];
        } else if (c >= 0x100 && c <= 0x17F) {
            f = fold_100[c - 0x100];
        } else if (c >= 0x218 && c <= 0x21B) {
            f = c < 0x21A ? 's' : 't';
        } else if (c == 0x2019 || c == 0x2018 || c == 0x2BB || c == 0x2BC) {
            continue; /* typographic apostrophes, 'okina */
        } else if (c == 0x2013 || c == 0x2010 || c == 0x2011) {
            pending_space = o > 0;
            continue;
        } else {
            return 0;
        }
        if (f == '?')
            return 0;
        if (pending_space) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = ' ';
            pending_space = 0;
        }
        if (o + 1 >= cap)
            return 0;
        out[o++] = f;
    }
    if (o < cap)
        out[o] = '\0';
    return o;
}

double sr_place_prior(const sr_gaz_place *p)
{
    double lp = log10((double)p->population + 1.0);
    double s = 1.2 * lp;
    switch (p->kind) {
    case SR_PLACE_COUNTRY: s = 12 + 0.3 * lp; break;
    case SR_PLACE_DEMONYM: s = 11 + 0.3 * lp; break;
    case SR_PLACE_FEATURE: s += 10; break;
    /* a division weighs by its people as a town does, with a head start:
     * a small country's parish ("Saint Thomas", Barbados) no longer
     * outweighs a town of its name (St. Thomas, Ontario) */
    case SR_PLACE_ADM1: s = 4 + 1.0 * lp; break;
    case SR_PLACE_CAPITAL: s += 4; break;
    case SR_PLACE_ADM2: s = 1.5 + 0.8 * lp; break;
    default:
        if (!strcmp(p->fcode, "PPLA"))
            s += 1.5;
        else if (!strcmp(p->fcode, "PPLA2"))
            s += 0.5;
        else if (!strcmp(p->fcode, "PPLX") || !strcmp(p->fcode, "PPLH"))
            s -= 2;
        break;
    }
    return s;
}

double sr_place_posting_prior(const sr_gaz_place *p, uint32_t posting)
{
    double s = p->prior;
    if (posting & SR_GAZ_ALTERNATE) {
        /* a division's population is all of its towns': its short and
         * other names ("Delta" of Delta State) are weaker all the same */
        if (p->kind == SR_PLACE_ADM1 || p->kind == SR_PLACE_ADM2)
            s -= 3;
        else
            s -= p->population >= 100000 ? 0 : 6;
    }
    return s;
}

double sr_geo_distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0088, rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    if (a > 1)
        a = 1;
    return 2 * r * asin(sqrt(a));
}
