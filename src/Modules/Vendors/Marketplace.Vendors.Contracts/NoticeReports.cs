using Marketplace.SharedKernel.Notices;
using Marketplace.SharedKernel.Persistence;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// A provider's delivery report for a message it took (a Zalo delivery event, an SMS gateway's
/// callback), already verified by the host that received it, naming the message by the
/// provider's id or by the delivery's own (the reference it was sent with). False when no
/// delivery has that id.
/// </summary>
public sealed record RecordNoticeReportCommand(NoticeChannel Channel, string? ProviderMessageId, bool Delivered, string? Error, Guid? DeliveryId = null)
    : ICommand<bool>, IRunsIn<VendorsTransaction>;
