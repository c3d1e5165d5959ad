using Marketplace.Ordering.Contracts;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>What a form that makes an order asks (checkout, a pre-order's balance): where it goes, a note, and how it is paid.</summary>
internal class DeliveryInput
{
    public string? Recipient { get; set; }

    public string? Phone { get; set; }

    public string? Province { get; set; }

    public string? Commune { get; set; }

    public string? Street { get; set; }

    public string? Note { get; set; }

    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.CashOnDelivery;

    public DeliveryAddress Delivery() =>
        new(Recipient ?? string.Empty, Phone ?? string.Empty, Province ?? string.Empty, Commune ?? string.Empty, Street ?? string.Empty);
}
