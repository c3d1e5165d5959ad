using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.Reviews;

internal sealed class WriteReviewValidator : AbstractValidator<WriteReviewCommand>
{
    public WriteReviewValidator()
    {
        RuleFor(c => c.Stars).InclusiveBetween(1, 5).WithMessage(_ => Bilingual.Pick("Hãy chọn từ 1 đến 5 sao.", "Choose 1 to 5 stars."));
        RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).WithName(_ => Bilingual.Pick("Nội dung đánh giá", "Review"));
    }
}

internal sealed class ReplyToReviewValidator : AbstractValidator<ReplyToReviewCommand>
{
    public ReplyToReviewValidator() =>
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(2000).WithName(_ => Bilingual.Pick("Trả lời", "Reply"));
}

internal sealed class ModerateReviewValidator : AbstractValidator<ModerateReviewCommand>
{
    public ModerateReviewValidator() =>
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).When(c => c.Hide)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do ẩn đánh giá.", "Give the reason for hiding the review."));
}
