using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Ledger;

internal sealed class ReverseLedgerEntryValidator : AbstractValidator<ReverseLedgerEntryCommand>
{
    public ReverseLedgerEntryValidator() =>
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(400).WithName(_ => Bilingual.Pick("Lý do", "Reason"));
}
