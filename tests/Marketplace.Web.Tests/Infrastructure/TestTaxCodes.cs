using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Fresh, valid tax codes, so that tests applying for cooperatives never collide.</summary>
public static class TestTaxCodes
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    public static string Next()
    {
        while (true)
        {
            var body = Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var remainder = body.Select((d, i) => (d - '0') * Weights[i]).Sum() % 11;
            if (remainder != 0)
            {
                var code = body + (10 - remainder);
                return TaxCode.IsValid(code) ? code : throw new InvalidOperationException(code);
            }
        }
    }
}
