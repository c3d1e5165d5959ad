using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Rfqs;

internal sealed class SubmitQuoteValidator : AbstractValidator<SubmitQuoteCommand>
{
    public SubmitQuoteValidator(TimeProvider clock)
    {
        RuleFor(c => c.Quantity).InclusiveBetween(1, 1_000_000).WithName(_ => Bilingual.Pick("Số lượng có thể cung cấp", "Quantity you can supply"));
        RuleFor(c => c.UnitPriceVnd).InclusiveBetween(1, 100_000_000_000).WithName(_ => Bilingual.Pick("Đơn giá", "Unit price"));
        RuleFor(c => c.ValidUntil).GreaterThanOrEqualTo(_ => VietnamTime.Today(clock)).WithName(_ => Bilingual.Pick("Hiệu lực đến", "Valid until"))
            .WithMessage(_ => Bilingual.Pick("Báo giá phải còn hiệu lực từ hôm nay.", "The quote must be valid from today on."));
        RuleFor(c => c.LeadTimeDays).InclusiveBetween(0, 365).WithName(_ => Bilingual.Pick("Thời gian chuẩn bị (ngày)", "Lead time (days)"));
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.Sku).MaximumLength(50);
        RuleFor(c => c.MinimumLot).InclusiveBetween(1, 1_000_000).WithName(_ => Bilingual.Pick("Lô tối thiểu", "Minimum lot"));
        RuleFor(c => c.MinimumLot).LessThanOrEqualTo(c => c.Quantity).When(c => c.MinimumLot is not null && c.Quantity >= 1)
            .WithMessage(_ => Bilingual.Pick(
                "Lô tối thiểu không lớn hơn số lượng báo giá.", "The minimum lot cannot exceed the quantity quoted."));
    }
}

internal sealed class DeclineRfqValidator : AbstractValidator<DeclineRfqCommand>
{
    public DeclineRfqValidator() => RuleFor(c => c.Reason).MaximumLength(2000);
}

internal sealed class PostRfqMessageValidator : AbstractValidator<PostRfqMessageCommand>
{
    public PostRfqMessageValidator() =>
        RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Bilingual.Pick("Tin nhắn", "Message"));
}
