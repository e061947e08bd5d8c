/*
 * test_roles.c - role phrases resolved to the holder of the office on a
 * date, over sitrep's own dictionaries (data/actors), and the reader of
 * the ";@" syntax on small dictionaries written here.
 *
 * The expectations are written from public facts (who held which office
 * on a day well inside their term), independently of the data files: each
 * office is checked on both sides of at least one change of holder.
 */
#include <unistd.h>

#include "testutil.h"

#include "roles/roles.h"

static sr_roles *roles;

typedef struct expect {
    const char *phrase;
    const char *context;
    int32_t date;
    const char *holder; /* NULL: no holder known */
} expect;

static const expect cases[] = {
    /* international organizations */
    {"NATO Secretary General", NULL, 20220211, "Jens Stoltenberg"},
    {"NATO Secretary General", NULL, 20250301, "Mark Rutte"},
    {"the NATO chief", NULL, 20120101, "Anders Fogh Rasmussen"},
    {"the alliance's secretary general", NULL, 20230601, "Jens Stoltenberg"},
    {"UN Secretary-General", NULL, 20150101, "Ban Ki moon"},
    {"the U.N. chief", NULL, 20180101, "Antonio Guterres"},
    {"European Commission President", NULL, 20180101, "Jean Claude Juncker"},
    {"President of the European Commission", NULL, 20200601, "Ursula von der Leyen"},
    {"European Council President", NULL, 20180101, "Donald Tusk"},
    {"European Council President", NULL, 20220101, "Charles Michel"},
    {"European Council President", NULL, 20250301, "Antonio Costa"},
    {"EU foreign policy chief", NULL, 20180101, "Federica Mogherini"},
    {"EU foreign policy chief", NULL, 20230101, "Josep Borrell"},
    {"EU foreign policy chief", NULL, 20250301, "Kaja Kallas"},
    {"European Parliament President", NULL, 20180101, "Antonio Tajani"},
    {"European Parliament President", NULL, 20230101, "Roberta Metsola"},
    {"ECB President", NULL, 20150101, "Mario Draghi"},
    {"ECB President", NULL, 20200101, "Christine Lagarde"},
    {"IAEA chief", NULL, 20150101, "Yukiya Amano"},
    {"IAEA chief", NULL, 20220101, "Rafael Grossi"},
    {"IMF chief", NULL, 20150101, "Christine Lagarde"},
    {"IMF chief", NULL, 20200101, "Kristalina Georgieva"},
    {"World Bank President", NULL, 20200101, "David Malpass"},
    {"World Bank President", NULL, 20240101, "Ajay Banga"},
    {"WTO Director-General", NULL, 20150101, "Roberto Azevedo"},
    {"WTO Director-General", NULL, 20220101, "Ngozi Okonjo Iweala"},
    {"WHO chief", NULL, 20150101, "Margaret Chan"},
    {"WHO chief", NULL, 20200101, "Tedros Adhanom Ghebreyesus"},
    {"UN refugee chief", NULL, 20100101, "Antonio Guterres"},
    {"UN refugee chief", NULL, 20200101, "Filippo Grandi"},
    {"UN human rights chief", NULL, 20200101, "Michelle Bachelet"},
    {"UN human rights chief", NULL, 20230101, "Volker Turk"},
    {"SACEUR", NULL, 20200101, "Tod Wolters"},
    {"SACEUR", NULL, 20230101, "Christopher Cavoli"},
    {"Council of Europe Secretary General", NULL, 20150101, "Thorbjorn Jagland"},
    {"Council of Europe Secretary General", NULL, 20200101, "Marija Pejcinovic Buric"},
    {"OECD Secretary-General", NULL, 20200101, "Angel Gurria"},
    {"OECD Secretary-General", NULL, 20220101, "Mathias Cormann"},
    {"ICC Prosecutor", NULL, 20200101, "Fatou Bensouda"},
    {"ICC Prosecutor", NULL, 20220101, "Karim Khan"},
    /* G7 */
    {"US President", NULL, 20210119, "Donald Trump"},
    {"US President", NULL, 20210121, "Joe Biden"},
    {"U.S. President", NULL, 20250121, "Donald Trump"},
    {"President of the United States", NULL, 20100101, "Barack Obama"},
    {"US Vice President", NULL, 20200101, "Mike Pence"},
    {"US Vice President", NULL, 20220101, "Kamala Harris"},
    {"U.S. Secretary of State", NULL, 20220101, "Antony Blinken"},
    {"U.S. Secretary of State", NULL, 20250301, "Marco Rubio"},
    {"US Defense Secretary", NULL, 20220101, "Lloyd Austin"},
    {"the Pentagon chief", NULL, 20250301, "Pete Hegseth"},
    {"British Prime Minister", NULL, 20220101, "Boris Johnson"},
    {"Britain's prime minister", NULL, 20221001, "Liz Truss"},
    {"UK Prime Minister", NULL, 20230101, "Rishi Sunak"},
    {"Prime Minister of the United Kingdom", NULL, 20250101, "Keir Starmer"},
    {"British Foreign Secretary", NULL, 20230101, "James Cleverly"},
    {"British Foreign Secretary", NULL, 20240101, "David Cameron"},
    {"British Defence Secretary", NULL, 20230101, "Ben Wallace"},
    {"British Defence Secretary", NULL, 20240101, "Grant Shapps"},
    {"the British monarch", NULL, 20220101, "Queen Elizabeth II"},
    {"the King", "GBR", 20230101, "King Charles III"},
    {"French President", NULL, 20150101, "Francois Hollande"},
    {"French President", NULL, 20180101, "Emmanuel Macron"},
    {"French Prime Minister", NULL, 20240301, "Gabriel Attal"},
    {"French Prime Minister", NULL, 20241001, "Michel Barnier"},
    {"French Foreign Minister", NULL, 20200101, "Jean Yves Le Drian"},
    {"French Foreign Minister", NULL, 20230101, "Catherine Colonna"},
    {"German Chancellor", NULL, 20200101, "Angela Merkel"},
    {"German Chancellor", NULL, 20230101, "Olaf Scholz"},
    {"German Chancellor", NULL, 20250601, "Friedrich Merz"},
    {"German Foreign Minister", NULL, 20230101, "Annalena Baerbock"},
    {"German Foreign Minister", NULL, 20250601, "Johann Wadephul"},
    {"German Defence Minister", NULL, 20220101, "Christine Lambrecht"},
    {"German Defence Minister", NULL, 20240101, "Boris Pistorius"},
    {"German President", NULL, 20150101, "Joachim Gauck"},
    {"German President", NULL, 20200101, "Frank Walter Steinmeier"},
    {"Italian Prime Minister", NULL, 20220101, "Mario Draghi"},
    {"Italian Prime Minister", NULL, 20230101, "Giorgia Meloni"},
    {"Italian President", NULL, 20100101, "Giorgio Napolitano"},
    {"Italian President", NULL, 20200101, "Sergio Mattarella"},
    {"Canadian Prime Minister", NULL, 20240101, "Justin Trudeau"},
    {"Canadian Prime Minister", NULL, 20250401, "Mark Carney"},
    {"Japanese Prime Minister", NULL, 20220101, "Fumio Kishida"},
    {"Japanese Prime Minister", NULL, 20250101, "Shigeru Ishiba"},
    {"Japanese Prime Minister", NULL, 20251101, "Sanae Takaichi"},
    {"Japanese Foreign Minister", NULL, 20060101, "Taro Aso"},
    {"Japanese Foreign Minister", NULL, 20100101, "Katsuya Okada"},
    {"Japanese Defence Minister", NULL, 20150101, "Gen Nakatani"},
    {"Japanese Defence Minister", NULL, 20170101, "Tomomi Inada"},
    /* China, Russia, Ukraine */
    {"Chinese Foreign Minister", NULL, 20230301, "Qin Gang"},
    {"Chinese Foreign Minister", NULL, 20230801, "Wang Yi"},
    {"Chinese Premier", NULL, 20220101, "Li Keqiang"},
    {"Chinese Premier", NULL, 20240101, "Li Qiang"},
    {"Chinese President", NULL, 20100101, "Hu Jintao"},
    {"President of China", NULL, 20150101, "Xi Jinping"},
    {"Russian President", NULL, 20100101, "Dmitry Medvedev"},
    {"Russian President", NULL, 20130101, "Vladimir Putin"},
    {"Russian Prime Minister", NULL, 20190101, "Dmitry Medvedev"},
    {"Russian Prime Minister", NULL, 20210101, "Mikhail Mishustin"},
    {"Russia's foreign minister", NULL, 20030101, "Igor Ivanov"},
    {"Russian Foreign Minister", NULL, 20100101, "Sergei Lavrov"},
    {"Russian Defence Minister", NULL, 20230101, "Sergei Shoigu"},
    {"Russian Defense Minister", NULL, 20250101, "Andrei Belousov"},
    {"Russian Defence Minister", NULL, 20000601, "Igor Sergeyev"},
    {"Russian Defence Minister", NULL, 20020101, "Sergei Ivanov"},
    {"Chinese Defence Minister", NULL, 20100101, "Liang Guanglie"},
    {"Chinese Defence Minister", NULL, 20150101, "Chang Wanquan"},
    {"the Kremlin spokesman", NULL, 20100101, NULL},
    {"the Kremlin spokesman", NULL, 20200101, "Dmitry Peskov"},
    {"Ukrainian President", NULL, 20190101, "Petro Poroshenko"},
    {"Ukrainian President", NULL, 20200101, "Volodymyr Zelensky"},
    {"Ukrainian Prime Minister", NULL, 20240101, "Denys Shmyhal"},
    {"Ukrainian Prime Minister", NULL, 20250801, "Yulia Svyrydenko"},
    {"Ukrainian Foreign Minister", NULL, 20240904, "Dmytro Kuleba"},
    {"Ukraine's foreign minister", NULL, 20240906, "Andrii Sybiha"},
    {"Ukrainian Defence Minister", NULL, 20230101, "Oleksii Reznikov"},
    {"Ukrainian Defence Minister", NULL, 20240101, "Rustem Umerov"},
    {"Ukrainian Defence Minister", NULL, 20060101, "Anatoliy Hrytsenko"},
    {"Ukrainian Defence Minister", NULL, 20110101, "Mykhailo Yezhel"},
    {"Ukrainian Foreign Minister", NULL, 20020101, "Anatoliy Zlenko"},
    {"Ukrainian Foreign Minister", NULL, 20040101, "Kostiantyn Gryshchenko"},
    {"Belarusian Prime Minister", NULL, 20150101, "Andrei Kobyakov"},
    {"Belarusian Prime Minister", NULL, 20220101, "Roman Golovchenko"},
    /* Romania, Moldova, Georgia, Turkey */
    {"Romanian President", NULL, 20241201, "Klaus Iohannis"},
    {"Romanian President", NULL, 20250301, "Ilie Bolojan"},
    {"the Romanian president", NULL, 20250601, "Nicusor Dan"},
    {"President of Romania", NULL, 20100101, "Traian Basescu"},
    {"Romanian Prime Minister", NULL, 20220101, "Nicolae Ciuca"},
    {"the Prime Minister", "ROU", 20240101, "Marcel Ciolacu"},
    {"the Prime Minister", "ROU", 20250701, "Ilie Bolojan"},
    {"Romanian Foreign Minister", NULL, 20220101, "Bogdan Aurescu"},
    {"Romanian Foreign Minister", NULL, 20240101, "Luminita Odobescu"},
    {"Moldovan President", NULL, 20200101, "Igor Dodon"},
    {"Moldovan President", NULL, 20220101, "Maia Sandu"},
    {"Moldovan Prime Minister", NULL, 20050101, "Vasile Tarlev"},
    {"Moldovan Prime Minister", NULL, 20110101, "Vlad Filat"},
    {"Georgian President", NULL, 20031201, "Nino Burjanadze"},
    {"Georgian President", NULL, 20050101, "Mikheil Saakashvili"},
    {"Georgian Foreign Minister", NULL, 20100101, "Grigol Vashadze"},
    {"Georgian Foreign Minister", NULL, 20130101, "Maia Panjikidze"},
    {"Georgian Prime Minister", NULL, 20230101, "Irakli Garibashvili"},
    {"Georgian Prime Minister", NULL, 20240301, "Irakli Kobakhidze"},
    {"Turkish President", NULL, 20100101, "Abdullah Gul"},
    {"Turkish President", NULL, 20150101, "Recep Tayyip Erdogan"},
    {"Turkish Foreign Minister", NULL, 20220101, "Mevlut Cavusoglu"},
    {"Turkish Foreign Minister", NULL, 20240101, "Hakan Fidan"},
    {"Turkish Defence Minister", NULL, 20050101, "Vecdi Gonul"},
    {"Turkish Defence Minister", NULL, 20160101, "Fikri Isik"},
    /* Iran, Israel, the Gulf */
    {"Iranian President", NULL, 20220101, "Ebrahim Raisi"},
    {"Iranian President", NULL, 20250101, "Masoud Pezeshkian"},
    {"Iran's foreign minister", NULL, 20200101, "Mohammad Javad Zarif"},
    {"Iran's foreign minister", NULL, 20220101, "Hossein Amir Abdollahian"},
    {"Israeli Prime Minister", NULL, 20220101, "Naftali Bennett"},
    {"Israeli Prime Minister", NULL, 20221001, "Yair Lapid"},
    {"Israeli Prime Minister", NULL, 20230201, "Benjamin Netanyahu"},
    {"Israeli Defence Minister", NULL, 20240101, "Yoav Gallant"},
    {"Israeli Defence Minister", NULL, 20250101, "Israel Katz"},
    {"Saudi King", NULL, 20100101, "King Abdullah bin Abdulaziz"},
    {"Saudi King", NULL, 20200101, "King Salman"},
    {"Iranian Defence Minister", NULL, 20100101, "Ahmad Vahidi"},
    {"Iranian Defence Minister", NULL, 20150101, "Hossein Dehghan"},
    {"Israeli Foreign Minister", NULL, 20070101, "Tzipi Livni"},
    {"Israeli Foreign Minister", NULL, 20100101, "Avigdor Lieberman"},
    {"Israeli Defence Minister", NULL, 20040101, "Shaul Mofaz"},
    {"Israeli Defence Minister", NULL, 20140101, "Moshe Yaalon"},
    {"Saudi Foreign Minister", NULL, 20100101, "Saud al Faisal"},
    {"Saudi Foreign Minister", NULL, 20160101, "Adel al Jubeir"},
    {"Saudi Crown Prince", NULL, 20080101, "Sultan bin Abdulaziz"},
    {"Saudi Crown Prince", NULL, 20160101, "Muhammad bin Nayef"},
    {"Qatari Prime Minister", NULL, 20100101, "Hamad bin Jassim Al Thani"},
    {"Qatari Prime Minister", NULL, 20150101, "Abdullah bin Nasser bin Khalifa Al Thani"},
    {"Bahraini Prime Minister", NULL, 20150101, "Khalifa bin Salman Al Khalifa"},
    {"Bahraini Prime Minister", NULL, 20220101, "Salman bin Hamad Al Khalifa"},
    {"Omani Foreign Minister", NULL, 20150101, "Yusuf bin Alawi bin Abdullah"},
    {"Omani Foreign Minister", NULL, 20220101, "Badr Albusaidi"},
    {"North Korean Foreign Minister", NULL, 20170101, "Ri Yong ho"},
    {"North Korean Foreign Minister", NULL, 20210101, "Ri Son gwon"},
    /* NATO and EU members, the rest of the G20 */
    {"Polish President", NULL, 20200101, "Andrzej Duda"},
    {"Polish President", NULL, 20250901, "Karol Nawrocki"},
    {"Polish Prime Minister", NULL, 20220101, "Mateusz Morawiecki"},
    {"Polish Prime Minister", NULL, 20240101, "Donald Tusk"},
    {"Estonian Prime Minister", NULL, 20230101, "Kaja Kallas"},
    {"Estonian Prime Minister", NULL, 20250101, "Kristen Michal"},
    {"Latvian President", NULL, 20200101, "Egils Levits"},
    {"Latvian President", NULL, 20240101, "Edgars Rinkevics"},
    {"Lithuanian President", NULL, 20150101, "Dalia Grybauskaite"},
    {"Lithuanian President", NULL, 20200101, "Gitanas Nauseda"},
    {"South Korean President", NULL, 20220101, "Moon Jae in"},
    {"South Korean President", NULL, 20230101, "Yoon Suk Yeol"},
    {"South Korean President", NULL, 20250701, "Lee Jae myung"},
    {"Indian Prime Minister", NULL, 20100101, "Manmohan Singh"},
    {"Indian Prime Minister", NULL, 20150101, "Narendra Modi"},
    {"Brazilian President", NULL, 20200101, "Jair Bolsonaro"},
    {"Brazilian President", NULL, 20230201, "Luiz Inacio Lula da Silva"},
    {"Mexican President", NULL, 20200101, "Andres Manuel Lopez Obrador"},
    {"Mexican President", NULL, 20250101, "Claudia Sheinbaum"},
    {"Argentine President", NULL, 20200101, "Alberto Fernandez"},
    {"Argentine President", NULL, 20240101, "Javier Milei"},
    {"Australian Prime Minister", NULL, 20200101, "Scott Morrison"},
    {"Australian Prime Minister", NULL, 20230101, "Anthony Albanese"},
    {"Indonesian President", NULL, 20200101, "Joko Widodo"},
    {"Indonesian President", NULL, 20250101, "Prabowo Subianto"},
    {"South African President", NULL, 20150101, "Jacob Zuma"},
    {"South African President", NULL, 20200101, "Cyril Ramaphosa"},
    {"South African Foreign Minister", NULL, 20150101, "Maite Nkoana Mashabane"},
    {"South African Foreign Minister", NULL, 20200101, "Naledi Pandor"},
    {"Indian President", NULL, 20100101, "Pratibha Patil"},
    {"Indian President", NULL, 20200101, "Ram Nath Kovind"},
    {"Indian Foreign Minister", NULL, 20130101, "Salman Khurshid"},
    {"Indian Foreign Minister", NULL, 20150101, "Sushma Swaraj"},
    {"Australian Foreign Minister", NULL, 20150101, "Julie Bishop"},
    {"Australian Foreign Minister", NULL, 20230101, "Penny Wong"},
    {"Australian Defence Minister", NULL, 20200101, "Linda Reynolds"},
    {"Australian Defence Minister", NULL, 20230101, "Richard Marles"},
    {"Brazilian Foreign Minister", NULL, 20050101, "Celso Amorim"},
    {"Brazilian Foreign Minister", NULL, 20200101, "Ernesto Araujo"},
    {"Mexican Foreign Minister", NULL, 20200101, "Marcelo Ebrard"},
    {"Mexican Foreign Minister", NULL, 20240101, "Alicia Barcena"},
    {"Argentine Foreign Minister", NULL, 20160101, "Susana Malcorra"},
    {"Argentine Foreign Minister", NULL, 20220101, "Santiago Cafiero"},
    {"Indonesian Foreign Minister", NULL, 20120101, "Marty Natalegawa"},
    {"Indonesian Foreign Minister", NULL, 20200101, "Retno Marsudi"},
    {"South Korean Foreign Minister", NULL, 20150101, "Yun Byung se"},
    {"South Korean Foreign Minister", NULL, 20200101, "Kang Kyung wha"},
    {"South Korean President", NULL, 20170401, "Hwang Kyo ahn"},
    /* Europe and North America, 2000-2026: both sides of a change */
    {"U.S. Secretary of State", NULL, 20000101, "Madeleine Albright"},
    {"US Defense Secretary", NULL, 20190301, "Patrick Shanahan"},
    {"US Defense Secretary", NULL, 20200101, "Mark Esper"},
    {"German President", NULL, 20120301, "Horst Seehofer"},
    {"Italian Defence Minister", NULL, 20100101, "Ignazio La Russa"},
    {"Italian Defence Minister", NULL, 20160101, "Roberta Pinotti"},
    {"Canadian Foreign Minister", NULL, 20120101, "John Baird"},
    {"Canadian Foreign Minister", NULL, 20180101, "Chrystia Freeland"},
    {"Canadian Defence Minister", NULL, 20100101, "Peter MacKay"},
    {"Canadian Defence Minister", NULL, 20170101, "Harjit Sajjan"},
    {"Romanian Prime Minister", NULL, 20000601, "Mugur Isarescu"},
    {"Polish Foreign Minister", NULL, 20170101, "Witold Waszczykowski"},
    {"Polish Foreign Minister", NULL, 20190101, "Jacek Czaputowicz"},
    {"Polish Defence Minister", NULL, 20140101, "Tomasz Siemoniak"},
    {"Polish Defence Minister", NULL, 20170101, "Antoni Macierewicz"},
    {"Estonian Foreign Minister", NULL, 20100101, "Urmas Paet"},
    {"Estonian Foreign Minister", NULL, 20240101, "Margus Tsahkna"},
    {"Latvian Prime Minister", NULL, 20060101, "Aigars Kalvitis"},
    {"Latvian Prime Minister", NULL, 20100101, "Valdis Dombrovskis"},
    {"Lithuanian Prime Minister", NULL, 20100101, "Andrius Kubilius"},
    {"Lithuanian Prime Minister", NULL, 20140101, "Algirdas Butkevicius"},
    {"Belgian King", NULL, 20100101, "King Albert II"},
    {"Belgian King", NULL, 20200101, "King Philippe"},
    {"Belgian Foreign Minister", NULL, 20150101, "Didier Reynders"},
    {"Belgian Foreign Minister", NULL, 20210101, "Sophie Wilmes"},
    {"Belgian Defence Minister", NULL, 20100101, "Pieter De Crem"},
    {"Belgian Defence Minister", NULL, 20220101, "Ludivine Dedonder"},
    {"Dutch Foreign Minister", NULL, 20130101, "Frans Timmermans"},
    {"Dutch Foreign Minister", NULL, 20160101, "Bert Koenders"},
    {"Dutch Defence Minister", NULL, 20150101, "Jeanine Hennis Plasschaert"},
    {"Dutch Defence Minister", NULL, 20230101, "Kajsa Ollongren"},
    {"Luxembourg Foreign Minister", NULL, 20100101, "Jean Asselborn"},
    {"Luxembourg Foreign Minister", NULL, 20240101, "Xavier Bettel"},
    {"Danish Foreign Minister", NULL, 20050101, "Per Stig Moller"},
    {"Danish Foreign Minister", NULL, 20200101, "Jeppe Kofod"},
    {"Danish Defence Minister", NULL, 20180101, "Claus Hjort Frederiksen"},
    {"Danish Defence Minister", NULL, 20200101, "Trine Bramsen"},
    {"Norwegian Foreign Minister", NULL, 20150101, "Borge Brende"},
    {"Norwegian Foreign Minister", NULL, 20220101, "Anniken Huitfeldt"},
    {"Swedish Foreign Minister", NULL, 20100101, "Carl Bildt"},
    {"Swedish Foreign Minister", NULL, 20160101, "Margot Wallstrom"},
    {"Swedish Defence Minister", NULL, 20200101, "Peter Hultqvist"},
    {"Swedish Defence Minister", NULL, 20230101, "Pal Jonson"},
    {"Finnish Prime Minister", NULL, 20120101, "Jyrki Katainen"},
    {"Finnish Prime Minister", NULL, 20160101, "Juha Sipila"},
    {"Finnish Foreign Minister", NULL, 20200101, "Pekka Haavisto"},
    {"Finnish Foreign Minister", NULL, 20240101, "Elina Valtonen"},
    {"Icelandic Prime Minister", NULL, 20100101, "Johanna Sigurdardottir"},
    {"Icelandic Prime Minister", NULL, 20200101, "Katrin Jakobsdottir"},
    {"Irish Prime Minister", NULL, 20050101, "Bertie Ahern"},
    {"Irish Prime Minister", NULL, 20150101, "Enda Kenny"},
    {"Irish Foreign Minister", NULL, 20190101, "Simon Coveney"},
    {"Irish Foreign Minister", NULL, 20240101, "Micheal Martin"},
    {"Spanish Foreign Minister", NULL, 20050101, "Miguel Angel Moratinos"},
    {"Spanish Foreign Minister", NULL, 20130101, "Jose Manuel Garcia Margallo"},
    {"Spanish Defence Minister", NULL, 20100101, "Carme Chacon"},
    {"Spanish Defence Minister", NULL, 20200101, "Margarita Robles"},
    {"Portuguese President", NULL, 20100101, "Anibal Cavaco Silva"},
    {"Portuguese President", NULL, 20200101, "Marcelo Rebelo de Sousa"},
    {"Portuguese Prime Minister", NULL, 20080101, "Jose Socrates"},
    {"Portuguese Prime Minister", NULL, 20130101, "Pedro Passos Coelho"},
    {"Austrian Chancellor", NULL, 20050101, "Wolfgang Schussel"},
    {"Austrian Chancellor", NULL, 20100101, "Werner Faymann"},
    {"Austrian Foreign Minister", NULL, 20150101, "Sebastian Kurz"},
    {"Austrian Foreign Minister", NULL, 20180601, "Karin Kneissl"},
    {"Czech Prime Minister", NULL, 20150101, "Bohuslav Sobotka"},
    {"Czech Prime Minister", NULL, 20190101, "Andrej Babis"},
    {"Slovak Foreign Minister", NULL, 20150101, "Miroslav Lajcak"},
    {"Slovak Foreign Minister", NULL, 20210101, "Ivan Korcok"},
    {"Hungarian President", NULL, 20150101, "Janos Ader"},
    {"Hungarian President", NULL, 20250101, "Tamas Sulyok"},
    {"Hungarian Foreign Minister", NULL, 20120101, "Janos Martonyi"},
    {"Hungarian Foreign Minister", NULL, 20150101, "Peter Szijjarto"},
    {"Slovenian Prime Minister", NULL, 20150101, "Miro Cerar"},
    {"Slovenian Prime Minister", NULL, 20210101, "Janez Jansa"},
    {"Croatian Prime Minister", NULL, 20050101, "Ivo Sanader"},
    {"Croatian Prime Minister", NULL, 20100101, "Jadranka Kosor"},
    {"Montenegrin Prime Minister", NULL, 20180101, "Dusko Markovic"},
    {"Montenegrin Prime Minister", NULL, 20210601, "Zdravko Krivokapic"},
    {"North Macedonian Prime Minister", NULL, 20100101, "Nikola Gruevski"},
    {"North Macedonian Prime Minister", NULL, 20180101, "Zoran Zaev"},
    {"Albanian President", NULL, 20100101, "Bamir Topi"},
    {"Albanian President", NULL, 20200101, "Ilir Meta"},
    {"Bulgarian Prime Minister", NULL, 20070101, "Sergei Stanishev"},
    {"Bulgarian Prime Minister", NULL, 20100101, "Boyko Borissov"},
    {"Greek Prime Minister", NULL, 20000101, "Costas Simitis"},
    {"Greek Prime Minister", NULL, 20120101, "Lucas Papademos"},
    {"Greek Foreign Minister", NULL, 20170101, "Nikos Kotzias"},
    {"Greek Foreign Minister", NULL, 20200101, "Nikos Dendias"},
    {"Cypriot President", NULL, 20050101, "Tassos Papadopoulos"},
    {"Cypriot President", NULL, 20100101, "Demetris Christofias"},
    {"Maltese President", NULL, 20160101, "Marie Louise Coleiro Preca"},
    {"Maltese President", NULL, 20200101, "George Vella"},
    /* context decides a bare title; without it there is nothing to say */
    {"the Secretary General", "NATO", 20220211, "Jens Stoltenberg"},
    {"the Secretary-General", "UN", 20220211, "Antonio Guterres"},
    {"the Prime Minister", NULL, 20240101, NULL},
    {"the President", "USA", 20180101, "Donald Trump"},
    {"the Chancellor", "DEU", 20180101, "Angela Merkel"},
    /* phrases that name no office */
    {"the weather", NULL, 20220101, NULL},
    {"Romanian", NULL, 20220101, NULL},
};

static int setup(void **state)
{
    (void)state;
    char path[1024], err[512] = "";
    test_source_path(path, sizeof path, "data/actors");
    sr_status st = sr_roles_load(path, &roles, err, sizeof err);
    if (st != SR_OK)
        fprintf(stderr, "loading %s: %s\n", path, err);
    return st == SR_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sr_roles_free(roles);
    return 0;
}

static void test_holders_on_dates(void **state)
{
    (void)state;
    size_t failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const expect *e = &cases[i];
        const sr_role_holder *h = sr_roles_holder_text(roles, e->phrase, e->date, e->context);
        const char *got = h ? h->name : NULL;
        int ok = (!got && !e->holder) || (got && e->holder && strcmp(got, e->holder) == 0);
        if (!ok) {
            fprintf(stderr, "FAIL: \"%s\" (%s) on %d: want %s, got %s\n", e->phrase,
                    e->context ? e->context : "no context", (int)e->date, e->holder ? e->holder : "nobody",
                    got ? got : "nobody");
            failed++;
        }
    }
    assert_int_equal(failed, 0);
}

/* The brief's own count: at least 50 offices, each seen with two holders. */
static void test_offices_covered(void **state)
{
    (void)state;
    const char *offices[256];
    const char *first_holder[256];
    int changed[256];
    size_t n = 0, with_change = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const sr_role_holder *h = sr_roles_holder_text(roles, cases[i].phrase, cases[i].date, cases[i].context);
        if (!h)
            continue;
        size_t k = 0;
        while (k < n && strcmp(offices[k], h->office) != 0)
            k++;
        if (k == n && n < 256) {
            offices[n] = h->office;
            first_holder[n] = h->name;
            changed[n] = 0;
            n++;
        } else if (k < n && strcmp(first_holder[k], h->name) != 0 && !changed[k]) {
            changed[k] = 1;
            with_change++;
        }
    }
    assert_true(with_change >= 50);
}

static void test_handover_days(void **state)
{
    (void)state;
    /* the day of a change belongs to the new holder */
    const sr_role_holder *h = sr_roles_office_holder(roles, "USA.PRESIDENT", 20210120);
    assert_non_null(h);
    assert_string_equal(h->name, "Joe Biden");
    h = sr_roles_office_holder(roles, "NATO.SG", 20241001);
    assert_non_null(h);
    assert_string_equal(h->name, "Mark Rutte");
    assert_string_equal(h->code, "IGOWSTNAT");
    h = sr_roles_office_holder(roles, "NATO.SG", 20240930);
    assert_non_null(h);
    assert_string_equal(h->name, "Jens Stoltenberg");
    assert_null(sr_roles_office_holder(roles, "NO.SUCH_OFFICE", 20200101));
}

static void test_no_overlapping_holders(void **state)
{
    (void)state;
    char first[512];
    size_t n = sr_roles_overlaps(roles, first, sizeof first);
    if (n)
        fprintf(stderr, "%zu overlapping periods; first: %s\n", n, first);
    assert_int_equal(n, 0);
    sr_roles_stats s;
    sr_roles_get_stats(roles, &s);
    assert_true(s.offices >= 100);
    assert_true(s.countries >= 249);
}

/* ---- the reader, on dictionaries written here (Duck Soup's Freedonia) */

static sr_roles *load_text(const char *text, char *err, size_t errlen)
{
    char dir[256], path[512];
    assert_non_null(test_temp_dir(dir, sizeof dir));
    snprintf(path, sizeof path, "%s/duck.actors", dir);
    test_write_file(path, text, strlen(text));
    sr_roles *r = NULL;
    sr_roles_load(path, &r, err, errlen);
    remove(path);
    rmdir(dir);
    return r;
}

static void test_reader_syntax(void **state)
{
    (void)state;
    char err[512];
    sr_roles *r = load_text(";@title PRESIDENT President_\n"
                            ";@title CHAMBERLAIN Lord_Chamberlain_\n"
                            "Freedonia_ [FRD]\n"
                            "+Freedonian_\n"
                            ";@office FRD.PRESIDENT President of Freedonia\n"
                            "Firefly's_office_ [FRDGOV]\n"
                            ";@phrase FRD.CHAMBERLAIN the_Chamberlain_\n"
                            "Rufus_T._Firefly_\n"
                            "+Firefly_\n"
                            "  [FRDGOV 19330101-19341231] ;@ FRD.PRESIDENT\n"
                            "  [FRDELI]\n"
                            "Mrs_Teasdale_ [FRDGOV 330101-331231] ; @ FRD.CHAMBERLAIN\n"
                            "~FINISH\n"
                            "Ignored_ [XXX] ;@ FRD.PRESIDENT\n",
                            err, sizeof err);
    assert_non_null(r);
    const sr_role_holder *h = sr_roles_holder_text(r, "Freedonian President", 19330601, NULL);
    assert_non_null(h);
    assert_string_equal(h->name, "Rufus T. Firefly");
    assert_string_equal(h->code, "FRDGOV");
    assert_int_equal(h->from, 19330101);
    assert_int_equal(h->to, 19341231);
    assert_null(sr_roles_holder_text(r, "Freedonian President", 19350101, NULL));
    h = sr_roles_holder_text(r, "Firefly's office", 19330601, NULL);
    assert_non_null(h);
    assert_string_equal(h->name, "Rufus T. Firefly");
    h = sr_roles_holder_text(r, "President of Freedonia", 19330601, NULL);
    assert_non_null(h);
    /* six-digit TABARI dates, and a tag after "; @" */
    h = sr_roles_holder_text(r, "the Chamberlain", 19330601, NULL);
    assert_non_null(h);
    assert_string_equal(h->name, "Mrs Teasdale");
    /* the bare title needs a context; ~FINISH ends the file */
    assert_null(sr_roles_holder_text(r, "the President", 19330601, NULL));
    assert_non_null(sr_roles_holder_text(r, "the President", 19330601, "FRD"));
    assert_null(sr_roles_office_holder(r, "FRD.PRESIDENT", 19360101));
    /* diacritics fold as the coder folds them */
    assert_non_null(sr_roles_holder_text(r, "Freedonián President", 19330601, NULL));
    sr_roles_free(r);
}

static void test_reader_errors(void **state)
{
    (void)state;
    char err[512];
    assert_null(load_text("Firefly_\n  [FRDGOV 1933-1934] ;@ FRD.PRESIDENT\n", err, sizeof err));
    assert_non_null(strstr(err, "duck.actors:2:"));
    assert_non_null(strstr(err, "bad date restriction"));
    assert_null(load_text("Firefly_\n  [FRDGOV >19330101] [FRDELI] ;@ FRD.PRESIDENT\n", err, sizeof err));
    assert_non_null(strstr(err, "exactly one"));
    assert_null(load_text(";@minister FRD x_\n", err, sizeof err));
    assert_non_null(strstr(err, "unknown directive"));
    assert_null(load_text("+Firefly_ [FRD]\n", err, sizeof err));
    assert_non_null(strstr(err, "no entry before it"));
    sr_roles *r = NULL;
    assert_int_equal(sr_roles_load("/nonexistent/roles.actors", &r, err, sizeof err), SR_ERR_IO);
    assert_null(r);
    assert_non_null(strstr(err, "/nonexistent/roles.actors"));
}

int main(void)
{
    const struct CMUnitTest data_tests[] = {
        cmocka_unit_test(test_holders_on_dates),
        cmocka_unit_test(test_offices_covered),
        cmocka_unit_test(test_handover_days),
        cmocka_unit_test(test_no_overlapping_holders),
    };
    const struct CMUnitTest reader_tests[] = {
        cmocka_unit_test(test_reader_syntax),
        cmocka_unit_test(test_reader_errors),
    };
    int failed = cmocka_run_group_tests(reader_tests, NULL, NULL);
    return failed + cmocka_run_group_tests(data_tests, setup, teardown);
}
