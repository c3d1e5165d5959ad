using FluentValidation;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.Returns;

internal sealed class RequestReturnValidator : AbstractValidator<RequestReturnCommand>
{
    public RequestReturnValidator()
    {
        RuleFor(c => c.Lines)
            .Must(lines => lines is { Count: > 0 and <= 200 })
            .WithMessage(_ => Bilingual.Pick("Hãy chọn món để trả lại.", "Choose the items to send back."));
        RuleForEach(c => c.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().MaximumLength(100).WithName("sku");
            line.RuleFor(l => l.Quantity).InclusiveBetween(0, 1_000_000).WithName(_ => Bilingual.Pick("Số lượng", "Quantity"));
        }).When(c => c.Lines is { Count: <= 200 });
        RuleFor(c => c.Reason).NotNull().IsInEnum()
            .WithMessage(_ => Bilingual.Pick("Hãy chọn lý do trả hàng.", "Choose why the goods go back."));
        RuleFor(c => c.Details).MaximumLength(2000);
        RuleFor(c => c.Details)
            .NotEmpty().When(c => c.Reason == ReturnReason.Other)
            .WithMessage(_ => Bilingual.Pick("Hãy kể rõ chuyện gì đã xảy ra.", "Say what happened."));
        RuleFor(c => c.Account!).ChildRules(account =>
        {
            account.RuleFor(a => a.Bank).NotEmpty().MaximumLength(100)
                .WithMessage(_ => Bilingual.Pick("Hãy ghi tên ngân hàng.", "Give the bank's name."));
            account.RuleFor(a => a.AccountNumber).NotEmpty().Matches("^[0-9]{6,20}$")
                .WithMessage(_ => Bilingual.Pick("Số tài khoản gồm 6 đến 20 chữ số.", "An account number is 6 to 20 digits."));
            account.RuleFor(a => a.Holder).NotEmpty().MaximumLength(100)
                .WithMessage(_ => Bilingual.Pick("Hãy ghi tên chủ tài khoản.", "Give the account holder's name."));
        }).When(c => c.Account is not null);
        RuleFor(c => c.Photos)
            .Must(photos => photos is null || photos.Count <= ReturnRequest.MaxPhotos)
            .WithMessage(_ => Bilingual.Pick($"Tối đa {ReturnRequest.MaxPhotos} ảnh.", $"At most {ReturnRequest.MaxPhotos} photos."));
        RuleForEach(c => c.Photos)
            .Must(photo => photo is not null && photo.Content.Length <= UploadedFile.MaxDocumentBytes
                && photo.Document?.ContentType is FileSignature.Jpeg or FileSignature.Png)
            .WithMessage(_ => Bilingual.Pick("Ảnh phải là JPEG hoặc PNG, tối đa 5 MB.", "A photo is a JPEG or PNG of at most 5 MB."))
            .When(c => c.Photos is { Count: <= ReturnRequest.MaxPhotos });
    }
}

internal sealed class DecideReturnValidator : AbstractValidator<DecideReturnCommand>
{
    public DecideReturnValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.AmountVnd)
            .NotNull().When(c => c.Decision == ReturnDecision.Offer)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi số tiền đề nghị hoàn.", "Give the amount offered."));
        RuleFor(c => c.Note)
            .NotEmpty().When(c => c.Decision is ReturnDecision.Refuse or ReturnDecision.Offer)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do: người mua sẽ đọc lý do này.", "Give the reason: the shopper will read it."));
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}

internal sealed class SettleReturnValidator : AbstractValidator<SettleReturnCommand>
{
    public SettleReturnValidator()
    {
        RuleFor(c => c.Note)
            .NotEmpty().MaximumLength(1000)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do quyết định: cả hai bên sẽ đọc.", "Give the reason for the decision: both sides will read it."));
    }
}

internal sealed class SetReturnPolicyValidator : AbstractValidator<SetReturnPolicyCommand>
{
    public SetReturnPolicyValidator()
    {
        RuleFor(c => c.Days)
            .InclusiveBetween(0, 90)
            .WithMessage(_ => Bilingual.Pick("Số ngày nhận trả hàng từ 0 (không nhận) đến 90.", "Returns are taken within 0 (none) to 90 days."));
    }
}
