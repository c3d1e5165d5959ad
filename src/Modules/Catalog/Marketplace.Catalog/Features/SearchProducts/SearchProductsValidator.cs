using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.SearchProducts;

internal sealed class SearchProductsValidator : AbstractValidator<SearchProductsQuery>
{
    public const int MaxTextLength = 200;

    public SearchProductsValidator()
    {
        RuleFor(q => q.Text)
            .MaximumLength(MaxTextLength)
            .WithMessage(_ => Bilingual.Pick(
                $"Từ khóa tìm kiếm tối đa {MaxTextLength} ký tự.", $"A search has at most {MaxTextLength} characters."));
        RuleFor(q => q.MinPrice).GreaterThanOrEqualTo(0).WithName(_ => Bilingual.Pick("Giá từ", "Price from"));
        RuleFor(q => q.MaxPrice).GreaterThanOrEqualTo(0).WithName(_ => Bilingual.Pick("Giá đến", "Price up to"));
        RuleFor(q => q.MaxPrice)
            .GreaterThanOrEqualTo(q => q.MinPrice)
            .When(q => q.MinPrice is not null && q.MaxPrice is not null)
            .WithMessage(_ => Bilingual.Pick("Giá đến phải lớn hơn hoặc bằng giá từ.", "The highest price must not be below the lowest."));
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 60);
    }
}
