/*
 * roles.h - role phrases resolved to the office they name and to who held
 * that office on a date: "NATO Secretary General" on 2022-02-11 is Jens
 * Stoltenberg, on 2025-03-01 Mark Rutte; "the Prime Minister" in an
 * article about Romania is Romania's prime minister of the day.
 *
 * The facts live in the actors dictionaries (data/actors): the ";@title",
 * ";@country", ";@office" and ";@phrase" lines of roles.actors name the
 * offices, country entries ([ROU]) give the country words titles combine
 * with, and a ";@ OFFICE" tag after a holder's code line in leaders.actors
 * says who held the office over that code's dates.  data/README.md
 * ("Roles") is the reference for the syntax.  Coders that do not know the
 * ";@" lines read the same files as plain actors dictionaries.
 *
 * A loaded sr_roles is immutable: share it between threads.
 */
#ifndef SR_ROLES_ROLES_H
#define SR_ROLES_ROLES_H

#include <sitrep/sitrep.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_roles sr_roles;

/* One holder of one office over one period. */
typedef struct sr_role_holder {
    const char *office; /* "NATO.SG" */
    const char *name;   /* "Jens Stoltenberg": the holder's entry as written, '_' as blanks */
    const char *code;   /* the holder's code over the period: "IGOWSTNAT" */
    int32_t from, to;   /* YYYYMMDD, both included; 0 = open */
} sr_role_holder;

/* Loads a file, or every *.actors file of a folder (in name order).
 * On failure *out is NULL and err holds "FILE:LINE: what is wrong". */
sr_status sr_roles_load(const char *path, sr_roles **out, char *err, size_t errlen);
void sr_roles_free(sr_roles *r);

/* The office a role phrase names, or NULL.  `tokens` are the phrase's
 * words as written ("the", "NATO", "chief"); a leading article is
 * skipped.  `context` (may be NULL) is the ISO code or body ("ROU",
 * "NATO") an article is about: a bare title ("the Prime Minister",
 * "the Secretary General") names that country's or body's office. */
const char *sr_roles_office(const sr_roles *r, const char *const *tokens, size_t n_tokens,
                            const char *context);

/* Who held the office the phrase names on `date` (YYYYMMDD), or NULL when
 * the phrase names no office or we do not know the holder then. */
const sr_role_holder *sr_roles_holder_at(const sr_roles *r, const char *const *tokens,
                                         size_t n_tokens, int32_t date);
const sr_role_holder *sr_roles_holder_in(const sr_roles *r, const char *const *tokens,
                                         size_t n_tokens, int32_t date, const char *context);

/* The same from text: the phrase is split at blanks and hyphens. */
const sr_role_holder *sr_roles_holder_text(const sr_roles *r, const char *phrase, int32_t date,
                                           const char *context);

/* The holder of an office by its id ("USA.PRESIDENT") on a date. */
const sr_role_holder *sr_roles_office_holder(const sr_roles *r, const char *office, int32_t date);

/* The office a person held on `date` (YYYYMMDD) whose holder entry matches
 * `name`: the full name, or the last name alone ("Stoltenberg") when only
 * one holder on that date has it.  Case and '_' versus blank do not matter.
 * NULL when nobody matches or the last name is ambiguous. */
const sr_role_holder *sr_roles_person_at(const sr_roles *r, const char *name, int32_t date);

/* Counts, for reports: offices, holder periods, role phrases, titles. */
typedef struct sr_roles_stats {
    size_t offices, holders, phrases, titles, countries;
} sr_roles_stats;
void sr_roles_get_stats(const sr_roles *r, sr_roles_stats *out);

/* Pairs of holders whose periods of the same office overlap (a data
 * error: one office, one holder at a time); the first is described in
 * `first`. */
size_t sr_roles_overlaps(const sr_roles *r, char *first, size_t cap);

#endif
