using FluentValidation;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.Campaigns;

internal sealed class SaveCampaignValidator : AbstractValidator<SaveCampaignCommand>
{
    /// <summary>The longest a campaign runs: a week, a fair, a season's festival; longer, it is the catalog.</summary>
    public const int MaxDays = 92;

    public SaveCampaignValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Campaign.TitleLength).WithName(_ => Bilingual.Pick("Tên chiến dịch", "Title"));
        RuleFor(c => c.TitleEnglish).MaximumLength(Campaign.TitleLength).WithName(_ => Bilingual.Pick("Tên tiếng Anh", "English title"));
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Campaign.DescriptionLength).WithName(_ => Bilingual.Pick("Giới thiệu", "Description"));
        RuleFor(c => c.DescriptionEnglish)
            .MaximumLength(Campaign.DescriptionLength)
            .WithName(_ => Bilingual.Pick("Giới thiệu tiếng Anh", "English description"));
        RuleFor(c => c.StartsOn).NotNull().WithMessage(_ => Bilingual.Pick("Hãy chọn ngày bắt đầu.", "Choose the first day."));
        RuleFor(c => c.EndsOn).NotNull().WithMessage(_ => Bilingual.Pick("Hãy chọn ngày kết thúc.", "Choose the last day."));
        RuleFor(c => c.EndsOn)
            .Must((c, ends) => ends >= c.StartsOn)
            .When(c => c.StartsOn is not null && c.EndsOn is not null)
            .WithMessage(_ => Bilingual.Pick("Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The last day must be on or after the first."));
        RuleFor(c => c.EndsOn)
            .Must((c, ends) => ends!.Value.DayNumber - c.StartsOn!.Value.DayNumber < MaxDays)
            .When(c => c.StartsOn is not null && c.EndsOn >= c.StartsOn)
            .WithMessage(_ => Bilingual.Pick($"Một chiến dịch dài tối đa {MaxDays} ngày.", $"A campaign lasts at most {MaxDays} days."));
    }
}

internal sealed class ChooseCampaignProductsValidator : AbstractValidator<ChooseCampaignProductsCommand>
{
    public ChooseCampaignProductsValidator() =>
        RuleFor(c => c.ProductIds)
            .Must(ids => ids.Distinct().Count() <= Campaign.MaxProducts)
            .WithMessage(_ => Bilingual.Pick(
                $"Một chiến dịch có tối đa {Campaign.MaxProducts} sản phẩm.", $"A campaign has at most {Campaign.MaxProducts} products."));
}
