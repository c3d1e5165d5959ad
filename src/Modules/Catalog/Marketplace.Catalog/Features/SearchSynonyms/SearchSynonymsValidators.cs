using FluentValidation;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.SearchSynonyms;

internal sealed class SaveSearchSynonymValidator : AbstractValidator<SaveSearchSynonymCommand>
{
    public SaveSearchSynonymValidator()
    {
        RuleFor(c => c.Terms).NotEmpty().WithName(_ => Bilingual.Pick("Các từ", "Terms"));

        // The length as saved: the terms joined again by ", ".
        RuleFor(c => c.Terms)
            .Must(t => string.Join(", ", SearchSynonym.Split(t)).Length <= SearchSynonym.TermsLength)
            .When(c => !string.IsNullOrWhiteSpace(c.Terms))
            .WithMessage(_ => Bilingual.Pick(
                $"Một nhóm dài tối đa {SearchSynonym.TermsLength} ký tự.", $"A group is at most {SearchSynonym.TermsLength} characters long."));
        RuleFor(c => c.Terms)
            .Must(t => SearchSynonym.Split(t).Select(term => string.Join(' ', SynonymSet.Words(term))).Where(w => w.Length > 0).Distinct().Count() >= 2)
            .When(c => !string.IsNullOrWhiteSpace(c.Terms))
            .WithMessage(_ => Bilingual.Pick(
                "Hãy viết ít nhất hai từ khác nhau, cách nhau bằng dấu phẩy (ví dụ: chè, trà).",
                "Write at least two different terms, separated by commas (for example: chè, trà)."));
        RuleFor(c => c.Terms)
            .Must(t => SearchSynonym.Split(t).All(term => term.Length <= 60 && SynonymSet.Words(term).Count is > 0 and <= 4))
            .When(c => !string.IsNullOrWhiteSpace(c.Terms))
            .WithMessage(_ => Bilingual.Pick(
                "Mỗi từ có từ một đến bốn chữ, dài tối đa 60 ký tự.",
                "Each term has one to four words, at most 60 characters."));
    }
}
