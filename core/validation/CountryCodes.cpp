#include "core/validation/CountryCodes.h"

#include <array>
#include <string_view>

namespace segurdesk::validation {

namespace {

// ISO 3166-1 alpha-2, every officially assigned code (249), one line per initial letter.
constexpr std::string_view kIsoCodes = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
                                       "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
                                       "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
                                       "DE DJ DK DM DO DZ "
                                       "EC EE EG EH ER ES ET "
                                       "FI FJ FK FM FO FR "
                                       "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
                                       "HK HM HN HR HT HU "
                                       "ID IE IL IM IN IO IQ IR IS IT "
                                       "JE JM JO JP "
                                       "KE KG KH KI KM KN KP KR KW KY KZ "
                                       "LA LB LC LI LK LR LS LT LU LV LY "
                                       "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
                                       "NA NC NE NF NG NI NL NO NP NR NU NZ "
                                       "OM "
                                       "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
                                       "QA "
                                       "RE RO RS RU RW "
                                       "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
                                       "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
                                       "UA UG UM US UY UZ "
                                       "VA VC VE VG VI VN VU "
                                       "WF WS "
                                       "YE YT "
                                       "ZA ZM ZW";

// Assigned by neither ISO nor the UN, but used for Kosovo in BICs and IBANs.
constexpr std::string_view kSwiftExtraCodes = "XK";

constexpr auto kKnown = [] {
    std::array<bool, std::size_t {26} * 26> known {};
    auto mark = [&known](std::string_view list) {
        for (std::size_t i = 0; i + 1 < list.size(); i += 2) {
            while (list[i] == ' ')
                ++i;
            known[std::size_t(list[i] - 'A') * 26 + std::size_t(list[i + 1] - 'A')] = true;
        }
    };
    mark(kIsoCodes);
    mark(kSwiftExtraCodes);
    return known;
}();

} // namespace

bool isCountryCode(QStringView code)
{
    if (code.size() != 2)
        return false;
    const char16_t first = code[0].unicode();
    const char16_t second = code[1].unicode();
    if (first < u'A' || first > u'Z' || second < u'A' || second > u'Z')
        return false;
    return kKnown[std::size_t(first - u'A') * 26 + std::size_t(second - u'A')];
}

} // namespace segurdesk::validation
