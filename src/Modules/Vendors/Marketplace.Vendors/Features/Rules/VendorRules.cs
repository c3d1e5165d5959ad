using FluentValidation;
using FluentValidation.Results;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Features.Rules;

/// <summary>The checks several Vendors forms share, worded once in both languages.</summary>
internal static class VendorRules
{
    /// <summary>
    /// A PDF (1 to 50 pages) or a JPEG or PNG of at most 5 MB that opens as what it is
    /// (<see cref="DocumentInspector"/>); one reason at a time, reported under <paramref name="field"/>.
    /// The file is named by its place in the form, never by the name it came with.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, UploadedFile> Document<T>(this IRuleBuilder<T, UploadedFile> rule, string field) =>
        rule.Custom((file, context) =>
        {
            var which = context.MessageFormatter.PlaceholderValues.TryGetValue("CollectionIndex", out var index) && index is int i
                ? Bilingual.Pick($"Tệp thứ {i + 1}", $"File {i + 1}")
                : Bilingual.Pick("Tệp", "The file");
            var reason = file.Content.Length == 0 ? Bilingual.Pick($"{which} trống.", $"{which} is empty.")
                : file.Content.Length > UploadedFile.MaxDocumentBytes ? Bilingual.Pick($"{which} lớn hơn 5 MB.", $"{which} is larger than 5 MB.")
                : file.Document is null ? Bilingual.Pick(
                    $"{which} không phải tệp PDF (tối đa {DocumentInspector.MaxPdfPages} trang), JPEG hay PNG đọc được.",
                    $"{which} is not a readable PDF (of at most {DocumentInspector.MaxPdfPages} pages), JPEG or PNG.")
                : null;
            if (reason is not null)
            {
                context.AddFailure(new ValidationFailure(field, reason)); // as named, not under "Documents[0]."
            }
        });
}
