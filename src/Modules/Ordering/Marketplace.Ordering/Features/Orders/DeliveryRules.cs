using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>
/// Where an order goes, checked alike wherever one is made (checkout, accepted quotes, a
/// pre-order's balance): its fields are named as the pages name them, without the prefix.
/// </summary>
internal static class DeliveryRules
{
    public static void RuleForDelivery<T>(this AbstractValidator<T> validator, Func<T, DeliveryAddress> delivery)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(c => delivery(c).Recipient).NotEmpty().MaximumLength(100).OverridePropertyName("Recipient")
            .WithName(_ => Bilingual.Pick("Người nhận", "Recipient"));
        validator.RuleFor(c => delivery(c).Phone).VietnamesePhone().OverridePropertyName("Phone");
        validator.RuleFor(c => delivery(c).Province).Province().OverridePropertyName("Province");
        validator.RuleFor(c => delivery(c).Commune).NotEmpty().MaximumLength(100).OverridePropertyName("Commune")
            .WithName(_ => Bilingual.Pick("Xã, phường", "Commune"));
        validator.RuleFor(c => delivery(c).Street).NotEmpty().MaximumLength(300).OverridePropertyName("Street")
            .WithName(_ => Bilingual.Pick("Địa chỉ", "Street address"));
    }
}
