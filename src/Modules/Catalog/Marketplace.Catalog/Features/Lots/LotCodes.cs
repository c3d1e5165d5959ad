using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// The code a new lot is offered, for people who keep no lot book of their own: the product's
/// initials and the harvest day ("MCST-261204" for "Mắc ca sấy Tân Trào" harvested on 4 December
/// 2026), then "-2", "-3" … while the code is taken (lot codes are one each across the marketplace).
/// </summary>
internal static class LotCodes
{
    public static string Base(string productName, DateOnly harvestedOn)
    {
        var words = VietnameseText.Slugify(productName).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Take(4).Select(w => char.ToUpperInvariant(w[0])));
        return $"{(initials.Length == 0 ? "LO" : initials)}-{harvestedOn:yyMMdd}";
    }
}
