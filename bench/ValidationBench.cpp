// Validator timings per value, as a batch run of `segurdesk-cli check` or a form's live check
// sees them. Target: IBAN check within 200 ns per value.
#include "core/validation/Bic.h"
#include "core/validation/Email.h"
#include "core/validation/Iban.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"

#include <QString>

#include <benchmark/benchmark.h>
#include <vector>

namespace {

using namespace segurdesk::validation;

template<typename Validate> void runOver(benchmark::State& state, const std::vector<QString>& values, Validate validate)
{
    std::size_t at = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(validate(values[at]));
        at = at + 1 == values.size() ? 0 : at + 1;
    }
    state.SetItemsProcessed(state.iterations());
}

void ibanCompact(benchmark::State& state)
{
    runOver(state, {QStringLiteral("FR7630006000011234567890189")}, validateIban);
}
BENCHMARK(ibanCompact);

void ibanPaperFormatLowerCase(benchmark::State& state)
{
    runOver(state, {QStringLiteral("fr76 3000 6000 0112 3456 7890 189")}, validateIban);
}
BENCHMARK(ibanPaperFormatLowerCase);

void ibanManyCountries(benchmark::State& state)
{
    runOver(state,
            {QStringLiteral("DE89370400440532013000"), QStringLiteral("GB29NWBK60161331926819"),
             QStringLiteral("MT84MALT011000012345MTLCAST001S"), QStringLiteral("NO9386011117947"),
             QStringLiteral("LC55HEMM000100010012001200023015"), QStringLiteral("BR1800360305000010009795493C1"),
             QStringLiteral("MC5811222000010123456789030"), QStringLiteral("RU0304452522540817810538091310419")},
            validateIban);
}
BENCHMARK(ibanManyCountries);

void ibanWrongChecksum(benchmark::State& state)
{
    runOver(state, {QStringLiteral("FR7630006000011234567890198")}, validateIban);
}
BENCHMARK(ibanWrongChecksum);

void siretValid(benchmark::State& state)
{
    runOver(state, {QStringLiteral("732 829 320 00074"), QStringLiteral("35600000049837")}, validateSiret);
}
BENCHMARK(siretValid);

void siretWrongChecksum(benchmark::State& state)
{
    runOver(state, {QStringLiteral("73282932000079")}, validateSiret);
}
BENCHMARK(siretWrongChecksum);

void bicValid(benchmark::State& state)
{
    runOver(state, {QStringLiteral("BNPAFRPPXXX")}, validateBic);
}
BENCHMARK(bicValid);

void emailValid(benchmark::State& state)
{
    runOver(state, {QStringLiteral("marie.durand@example.fr")}, validateEmail);
}
BENCHMARK(emailValid);

void phoneValid(benchmark::State& state)
{
    runOver(state, {QStringLiteral("06 12 34 56 78")}, validatePhone);
}
BENCHMARK(phoneValid);

} // namespace

BENCHMARK_MAIN();
