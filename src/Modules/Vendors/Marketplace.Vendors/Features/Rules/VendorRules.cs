using FluentValidation;
using FluentValidation.Results;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Features.Rules;

/// <summary>The checks several Vendors forms share, worded once in both languages.</summary>
internal static class VendorRules
{
    /// <summary>A PDF, JPEG or PNG of at most 5 MB, judged by its content, not its name; one reason at a time, reported under <paramref name="field"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, UploadedFile> Document<T>(this IRuleBuilder<T, UploadedFile> rule, string field) =>
        rule.Custom((file, context) =>
        {
            var reason = file.Content.Length == 0 ? Bilingual.Pick($"Tệp {file.FileName} trống.", $"The file {file.FileName} is empty.")
                : file.Content.Length > UploadedFile.MaxDocumentBytes ? Bilingual.Pick($"Tệp {file.FileName} lớn hơn 5 MB.", $"The file {file.FileName} is larger than 5 MB.")
                : file.DetectedContentType is null ? Bilingual.Pick($"Tệp {file.FileName} không phải PDF, JPEG hay PNG.", $"The file {file.FileName} is not a PDF, JPEG or PNG.")
                : null;
            if (reason is not null)
            {
                context.AddFailure(new ValidationFailure(field, reason)); // as named, not under "Documents[0]."
            }
        });
}
