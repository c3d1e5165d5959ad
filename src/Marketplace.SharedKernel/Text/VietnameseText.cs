using System.Globalization;
using System.Text;

namespace Marketplace.SharedKernel.Text;

/// <summary>
/// Vietnamese text as shoppers type it: with or without diacritics ("tra shan tuyet" must find
/// "Trà Shan Tuyết"). Unicode decomposition strips the tone and vowel marks but leaves đ/Đ
/// alone (they are letters of their own, not d plus a mark), so they are folded explicitly.
/// Comparisons use the invariant culture: vi-VN sorts ư, ơ and đ as separate letters, which
/// would make "Đà Lạt" and "Da Lat" different words.
/// </summary>
public static class VietnameseText
{
    public static readonly StringComparer Comparer =
        StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    /// <summary>Removes diacritics, folds đ/Đ to d/D, and keeps the case.</summary>
    public static string RemoveDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The search key of a text: no diacritics, lower case, single spaces.</summary>
    public static string Fold(string text)
    {
        var plain = RemoveDiacritics(text).ToLowerInvariant();
        return string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="query"/>, diacritics and case ignored.</summary>
    public static bool ContainsFolded(string text, string query) =>
        Fold(text).Contains(Fold(query), StringComparison.Ordinal);

    /// <summary>A readable URL slug: "HTX Thảo Đường Vinh" becomes "htx-thao-duong-vinh".</summary>
    public static string Slugify(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
