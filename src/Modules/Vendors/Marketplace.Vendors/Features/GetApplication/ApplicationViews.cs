using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.GetApplication;

/// <summary>A cooperative as the person who applied for it, or works for it, sees it.</summary>
internal sealed record MyCooperative(CooperativeId CooperativeId, string Name, string Slug, CooperativeStatus Status, string? DecisionReason, StaffRole Role);

internal sealed record DocumentContent(string FileName, string ContentType, byte[] Content);
